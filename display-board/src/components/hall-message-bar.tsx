import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hallMessageShown, type HallMessage } from '@lobby/shared';

export function HallMessageBar({
  message,
  now,
  fallback,
}: {
  message: HallMessage | null;
  now: number;
  fallback: ReactNode;
}) {
  const { t } = useTranslation();
  // Up until it expires (the branch's hallMessageMin, or the minutes the lobby chose).
  if (!hallMessageShown(message, now)) return fallback;
  return (
    <div className="hall-message" data-testid="hall-message">
      <span className="hall-message-label">{t('message.label')}</span>
      <span className="hall-message-text">{message.text}</span>
    </div>
  );
}
