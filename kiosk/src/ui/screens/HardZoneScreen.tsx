import { useTranslation } from 'react-i18next';
import { pickText } from '@lobby/shared';
import { useActions, useKiosk } from '../kiosk-context.tsx';
import { StepFrame } from '../components/StepFrame.tsx';
import { laneOfKind } from '../../logic/lanes.ts';

/** Self-service spots need no ticket: say where they are. The fast lane, where there is one, does. */
export function HardZoneScreen() {
  const { t } = useTranslation();
  const actions = useActions();
  const lang = useKiosk((s) => s.lang);
  const spots = useKiosk((s) => s.config?.selfService);
  const fast = useKiosk((s) => (s.config ? laneOfKind(s.config, 'fast') : undefined));
  const fastStats = useKiosk((s) => (fast ? s.lanes[fast.id] : undefined));
  return (
    <StepFrame title={t('hardZone.title')} subtitle={t('hardZone.subtitle')}>
      <ul className="spots">
        {(spots ?? []).map((spot) => (
          <li key={spot.id} className="spot">
            <div className="spot__name">{pickText(spot.name, lang)}</div>
            <span className="spot__label">{t('hardZone.where')}</span>
            <span className="spot__where">{pickText(spot.location, lang)}</span>
            <span className="spot__label">{t('hardZone.services')}</span>
            <span className="spot__services">{spot.services.map((s) => pickText(s, lang)).join(' · ')}</span>
          </li>
        ))}
      </ul>
      {fast ? (
        <div className="fast-lane">
          <p className="fast-lane__title">{t('hardZone.fastTitle')}</p>
          <button
            type="button"
            className="choice choice--primary"
            onClick={actions.chooseFastLane}
            data-testid="lane-fast"
          >
            <span className="choice__title">
              {t('hardZone.fastButton', { lane: pickText(fast.name, lang), prefix: fast.prefix })}
            </span>
            {fastStats ? (
              <span className="choice__hint">{t('common.waitingCount', { count: fastStats.waiting })}</span>
            ) : null}
          </button>
        </div>
      ) : null}
    </StepFrame>
  );
}
