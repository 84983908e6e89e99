import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActions } from '../kiosk-context.tsx';
import { KioskHeader } from './KioskHeader.tsx';

/** Every step: header, a big title, the content, and Back / Cancel always in the same place. */
export function StepFrame({
  title,
  subtitle,
  children,
  nav = true,
}: {
  title: string;
  subtitle?: string;
  children: ReactNode;
  nav?: boolean;
}) {
  const { t } = useTranslation();
  const actions = useActions();
  return (
    <div className="screen">
      <KioskHeader />
      <main className="step">
        <h1 className="step__title">{title}</h1>
        {subtitle ? <p className="step__subtitle">{subtitle}</p> : null}
        <div className="step__body">{children}</div>
      </main>
      {nav ? (
        <footer className="step-nav">
          <button type="button" className="nav-button" onClick={actions.back}>
            ← {t('common.back')}
          </button>
          <button type="button" className="nav-button nav-button--cancel" onClick={actions.cancel}>
            ✕ {t('common.cancel')}
          </button>
        </footer>
      ) : null}
    </div>
  );
}
