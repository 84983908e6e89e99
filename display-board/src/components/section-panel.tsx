import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { pickText, waitWording, type UiLanguage, type WaitEstimate } from '@lobby/shared';
import type { BoardSection } from '../layout/board-sections.ts';

/** The lane's wait for a ticket taken now, worded as the kiosk and the ticket word it. */
function estimateLine(t: TFunction, estimate: WaitEstimate | null): string {
  const w = waitWording(estimate);
  if (w.kind === 'unknown') return t('lane.noEstimate');
  if (w.kind === 'aboutNow') return t('lane.aboutNow');
  return t('lane.estimate', { minutes: w.minutes, low: w.low, high: w.high });
}

/** One section (personal or business): its lanes' waiting figures and its counters. */
export function SectionPanel({ section, language }: { section: BoardSection; language: UiLanguage }) {
  const { t } = useTranslation();
  return (
    <section className={`section-panel section-${section.kind}`} data-testid={`section-${section.kind}`}>
      <h2 className="section-title">{t(`sections.${section.kind}`)}</h2>
      <div className="lane-cards">
        {section.lanes.map(({ lane, stats }) => (
          <div key={lane.id} className="lane-card" data-testid={`lane-${lane.id}`}>
            <div className="lane-id">
              <span className="lane-prefix">{lane.prefix}</span>
              <span className="lane-name">{pickText(lane.name, language)}</span>
            </div>
            <div className="lane-info">
              <div className="lane-waiting">
                {t('lane.waiting')} <b data-testid={`lane-${lane.id}-waiting`}>{stats?.waiting ?? 0}</b>{' '}
                {t('lane.people')}
              </div>
              <div className="lane-estimate" data-testid={`lane-${lane.id}-estimate`}>
                {stats?.paused ? t('lane.paused') : estimateLine(t, stats?.estimate ?? null)}
              </div>
            </div>
          </div>
        ))}
      </div>
      <div className="counter-grid">
        {section.counters.map((c) => (
          <div
            key={c.id}
            className={`counter-tile counter-${c.away ? 'away' : c.status}`}
            data-testid={`counter-${c.number}`}
          >
            <div className="counter-name">{t('counter.label', { n: c.number })}</div>
            <div className="counter-current">
              {c.status === 'closed'
                ? t('counter.closed')
                : (c.currentNumber ??
                  (c.away ? t('counter.away') : c.status === 'paused' ? t('counter.paused') : t('counter.idle')))}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
