import { useTranslation } from 'react-i18next';
import type { EmergencyState, UiLanguage } from '@lobby/shared';
import { BranchClock } from './branch-clock.tsx';

/** Emergency mode takes over the whole screen with its message (docs/requirements.md R113, R169). */
export function EmergencyScreen({
  emergency,
  now,
  timeZone,
  language,
}: {
  emergency: EmergencyState;
  now: number;
  timeZone: string;
  language: UiLanguage;
}) {
  const { t } = useTranslation();
  return (
    <div className="emergency" role="alert" data-testid="emergency">
      <div className="emergency-title">⚠ {t('emergency.title')}</div>
      <div className="emergency-message">{emergency.message}</div>
      <BranchClock now={now} timeZone={timeZone} language={language} />
    </div>
  );
}
