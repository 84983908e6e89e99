import { useTranslation } from 'react-i18next';
import { pickText } from '@lobby/shared';
import { saveLanguage } from '../device/device-settings.ts';
import { useDisplay, useDisplayDeps, useServerNow } from '../app/display-context.ts';
import { BranchClock } from './branch-clock.tsx';

export function HeaderBar() {
  const { t, i18n } = useTranslation();
  const { store, storage } = useDisplayDeps();
  const config = useDisplay((s) => s.floor.config);
  const language = useDisplay((s) => s.language);
  const now = useServerNow();
  const switchLanguage = () => {
    const next = language === 'zh' ? 'en' : 'zh';
    saveLanguage(storage, next);
    store.getState().setLanguage(next);
    void i18n.changeLanguage(next);
    document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
  };
  return (
    <header className="header">
      <div className="header-branch">{config ? pickText(config.branch.name, language) : t('title')}</div>
      <BranchClock now={now} timeZone={config?.hours.timeZone ?? 'Asia/Shanghai'} language={language} />
      <button type="button" className="lang-switch" onClick={switchLanguage}>
        {t('lang.switch')}
      </button>
    </header>
  );
}
