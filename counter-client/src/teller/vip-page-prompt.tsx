import { Modal, App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VipVisitView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useCommand } from '../realtime/use-command.ts';
import { useLabels } from '../ui/use-labels.ts';

/** A VIP visit paging the signed-in teller that they have not answered or put off. */
export function usePagedVisit(): VipVisitView | null {
  return useAppStore((s) => {
    const userId = s.session?.user.id ?? null;
    for (const v of Object.values(s.floor.vipVisits)) {
      if (v.status === 'paged' && v.pagedStaffId === userId && !s.teller.dismissedVisitIds.includes(v.id)) return v;
    }
    return null;
  });
}

/** The lobby manager paged this teller to a VIP room (`vipVisit:paged` naming them). */
export function VipPagePrompt() {
  const { t } = useTranslation('teller');
  const { message } = App.useApp();
  const labels = useLabels();
  const visit = usePagedVisit();
  const dismiss = useAppStore((s) => s.dismissVisit);
  const accept = useCommand('vipVisit:accept');
  if (!visit) return null;
  const room = labels.vipRoom(visit.roomId);

  const onAccept = async () => {
    const result = await accept.run({ visitId: visit.id });
    if (result?.ok) void message.success(t('vip.accepted', { room }));
  };
  return (
    <Modal
      open
      title={t('vip.title')}
      okText={t('vip.accept')}
      cancelText={t('vip.later')}
      onOk={() => void onAccept()}
      onCancel={() => dismiss(visit.id)}
      confirmLoading={accept.busy}
      data-testid="vip-page"
    >
      <p>{t('vip.body', { room })}</p>
      {visit.note && <p>{t('vip.note', { note: visit.note })}</p>}
    </Modal>
  );
}
