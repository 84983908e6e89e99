import { useMemo } from 'react';
import type { UiLanguage } from '@lobby/shared';

/** Date and time in the branch's zone, whatever zone the screen's OS is set to. */
export function BranchClock({ now, timeZone, language }: { now: number; timeZone: string; language: UiLanguage }) {
  const locale = language === 'en' ? 'en-GB' : 'zh-CN';
  const [dateFmt, timeFmt] = useMemo(
    () => [
      new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }),
      new Intl.DateTimeFormat(locale, {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }),
    ],
    [locale, timeZone],
  );
  return (
    <div className="clock">
      <span className="clock-date">{dateFmt.format(now)}</span>
      <span className="clock-time" data-testid="clock">
        {timeFmt.format(now)}
      </span>
    </div>
  );
}
