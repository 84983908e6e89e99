import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallMessage } from '@lobby/shared';

/** How long a broadcast stays on screen after it was sent. */
const SHOW_MS = 2 * 60_000;

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
  if (!message || now - message.at > SHOW_MS) return fallback;
  return (
    <div className="hall-message" data-testid="hall-message">
      <span className="hall-message-label">{t('message.label')}</span>
      <span className="hall-message-text">{message.text}</span>
    </div>
  );
}
