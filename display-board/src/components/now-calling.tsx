import { useTranslation } from 'react-i18next';
import type { CallAnnouncement } from '@lobby/shared';

/** The latest call, readable from the back of the hall; it flashes when it changes. */
export function NowCalling({ call }: { call: CallAnnouncement | null }) {
  const { t } = useTranslation();
  if (!call) {
    return (
      <section className="now-calling now-calling-empty">
        <div className="now-label">{t('now.label')}</div>
        <div className="now-none">{t('now.none')}</div>
      </section>
    );
  }
  return (
    <section className="now-calling" data-testid="now-calling" key={`${call.ticketId}-${call.recall}-${call.at}`}>
      <div className="now-label">
        {t('now.label')}
        {call.recall > 0 && <span className="recall-tag">{t('now.recall', { n: call.recall })}</span>}
      </div>
      <div className="now-line1">
        <span className="now-word">{t('now.please')}</span>
        <span className="now-number" data-testid="now-number">
          {call.number}
        </span>
        {t('now.hao') && <span className="now-word">{t('now.hao')}</span>}
      </div>
      <div className="now-line2">
        <span className="now-word">{t('now.to')}</span>
        <span className="now-counter" data-testid="now-counter">
          {call.counterNumber}
        </span>
        {t('now.counter') && <span className="now-word">{t('now.counter')}</span>}
      </div>
    </section>
  );
}
