import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '@lobby/shared';
import { useActions, useKiosk } from '../kiosk-context.tsx';
import { formatBranchTime } from '../../logic/ticket-time.ts';

/** Branch name, branch clock and the language switch, on every screen. */
export function KioskHeader() {
  const { t } = useTranslation();
  const actions = useActions();
  const branchName = useKiosk((s) => s.config?.branch.name ?? null);
  const timeZone = useKiosk((s) => s.config?.hours.timeZone ?? null);
  const offset = useKiosk((s) => s.clockOffsetMs);
  const lang = useKiosk((s) => s.lang);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 10_000);
    return () => clearInterval(timer);
  }, []);

  return (
    <header className="kiosk-header">
      <div className="kiosk-header__branch">{branchName ? pickText(branchName, lang) : ''}</div>
      <div className="kiosk-header__clock">{timeZone ? formatBranchTime(now + offset, timeZone).slice(11) : ''}</div>
      <button type="button" className="lang-button" onClick={() => actions.setLanguage(lang === 'zh' ? 'en' : 'zh')}>
        {t('common.language')}
      </button>
    </header>
  );
}
