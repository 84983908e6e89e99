import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../realtime/use-command.ts';

/** The manual day close (the scheduled one runs by itself at config.hours.dayCloseAt). */
export function DayCloseButton() {
  const { t } = useTranslation('admin');
  const { modal, message } = App.useApp();
  const { run, busy } = useCommand('day:close');
  const confirm = () =>
    modal.confirm({
      title: t('dashboard.dayClose'),
      content: t('dashboard.dayCloseConfirm'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const r = await run({ reason: t('dashboard.dayClose') });
        if (r?.ok) void message.success(t('dashboard.dayClosed', { count: r.data.closedTickets }));
      },
    });
  return (
    <Button danger onClick={confirm} loading={busy} data-testid="day-close">
      {t('dashboard.dayClose')}
    </Button>
  );
}
