import { useTranslation } from 'react-i18next';
import type { CallAnnouncement } from '@lobby/shared';
import type { SectionKind } from '../layout/board-sections.ts';

/** The last calls, personal and business in separate columns. */
export function RecentCalls({
  bySection,
  perColumn,
}: {
  bySection: { kind: SectionKind; calls: CallAnnouncement[] }[];
  perColumn: number;
}) {
  const { t } = useTranslation();
  return (
    <section className="recent">
      <h2 className="panel-title">{t('recent.title')}</h2>
      <div className="recent-columns">
        {bySection.map(({ kind, calls }) => (
          <div key={kind} className={`recent-column section-${kind}`} data-testid={`recent-${kind}`}>
            <div className="recent-column-title">{t(`sections.${kind}`)}</div>
            {calls.length === 0 && <div className="recent-empty">{t('recent.empty')}</div>}
            <ol className="recent-list">
              {calls.slice(0, perColumn).map((c) => (
                <li key={c.ticketId} className="recent-item" data-testid="recent-call">
                  <span className="recent-number">{c.number}</span>
                  <span className="recent-arrow">→</span>
                  <span className="recent-counter">{t('counter.label', { n: c.counterNumber })}</span>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </section>
  );
}
