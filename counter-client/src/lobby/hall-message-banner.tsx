import { Alert as AntAlert } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { hallMessageShown } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useServerNow } from './server-now.tsx';

/** The message the hall display shows now, and until when (it leaves the display by itself). */
export function HallMessageBanner() {
  const { t } = useTranslation('lobby');
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
      title={t('header.messageBanner', { text: message.text, until: dayjs(message.expiresAt).format('HH:mm') })}
    />
  );
}
