import { useTranslation } from 'react-i18next';

/** No or a refused device token: only an administrator can fix this. */
export function UnpairedScreen() {
  const { t } = useTranslation();
  return (
    <div className="screen screen--blocked" data-testid="unpaired-screen">
      <main className="blocked">
        <h1 className="blocked__title">{t('unpaired.title')}</h1>
        <p className="blocked__body">{t('unpaired.body')}</p>
      </main>
    </div>
  );
}
