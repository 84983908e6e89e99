import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { noShowAllowedAt, type TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useLabels } from '../ui/use-labels.ts';
import { useServerNow } from '../ui/use-server-now.ts';
import { splitDuration } from '../ui/duration.ts';
import { KeyboardModal } from '../ui/keyboard-modal.tsx';

interface Props {
  open: boolean;
  ticket: TicketStaffView;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}

/**
 * 过号 sends a customer away for good, so it asks first (F5 sits next to keys tellers press
 * all day) and, before the branch's minimum time since the last call, says how long is left
 * and cannot be confirmed: the engine would refuse it anyway.
 */
export function NoShowModal({ open, ticket, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('teller');
  const labels = useLabels();
  const now = useServerNow(500);
  const minSec = useAppStore((s) => s.floor.config?.policy.noShowMinSec ?? 0);
  const leftSec = Math.max(0, Math.ceil((noShowAllowedAt(ticket, minSec) - now) / 1000));
  const tooEarly = leftSec > 0;
  return (
    <KeyboardModal
      open={open}
      title={t('noShow.title', { number: ticket.number })}
      okText={t('noShow.submit')}
      okButtonProps={{ danger: true, disabled: tooEarly }}
      onOk={onSubmit}
      onCancel={onCancel}
      confirmLoading={busy}
      destroyOnHidden
      rootClassName="no-show-confirm"
    >
      <div>
        <Descriptions column={1} size="small" bordered style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('ticket.sinceCall')}>
            {t('duration', splitDuration(now - (ticket.calledAt ?? now)))}
          </Descriptions.Item>
          <Descriptions.Item label={t('noShow.recalls')}>{ticket.recalls}</Descriptions.Item>
          {ticket.priorityGroupId && (
            <Descriptions.Item label={t('ticket.priorityGroup')}>
              {labels.priorityGroup(ticket.priorityGroupId)}
            </Descriptions.Item>
          )}
        </Descriptions>
        {tooEarly ? (
          <Alert type="warning" showIcon title={t('noShow.tooEarly', { seconds: leftSec })} />
        ) : (
          <Alert type="error" showIcon title={t('noShow.hint')} />
        )}
      </div>
    </KeyboardModal>
  );
}
