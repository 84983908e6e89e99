import { Alert as AntAlert } from 'antd';
import { useTranslation } from 'react-i18next';
import { hallMessageShown } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useServerNow } from './server-now.tsx';
import { useBranchTime } from '../ui/use-branch-time.ts';

/** The message the hall display shows now, and until when (it leaves the display by itself). */
export function HallMessageBanner() {
  const { t } = useTranslation('lobby');
  const fmt = useBranchTime();
  const message = useAppStore((s) => s.floor.lastMessage);
  const now = useServerNow();
  if (!hallMessageShown(message, now)) return null;
  return (
    <AntAlert
      type="info"
      showIcon
      banner
      className="lobby-message-banner"
      data-testid="hall-message-banner"
      title={t('header.messageBanner', { text: message.text, until: fmt(message.expiresAt, 'HH:mm') })}
    />
  );
}
