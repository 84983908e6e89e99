import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '@lobby/shared';

/** Header (title, language switch) of the customer's booking pages on the phone. */
export function CustomerShell({
  titleKey,
  onLanguage,
  children,
}: {
  titleKey: string;
  onLanguage: (lang: UiLanguage) => void;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang: UiLanguage = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <div className="m-page">
      <header className="m-header">
        <span className="m-header__branch">{t(titleKey)}</span>
        <button type="button" className="m-lang" onClick={() => onLanguage(lang === 'zh' ? 'en' : 'zh')}>
          {t('common.language')}
        </button>
      </header>
      <main className="m-main">{children}</main>
    </div>
  );
}
