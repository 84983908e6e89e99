import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Refusal } from '../../logic/refusals.ts';
import { useRefusalText } from '../use-refusal-text.ts';

/** A refusal with its reason in words, never a silent failure; the actions vary by where it shows. */
export function RefusalPanel({ refusal, children }: { refusal: Refusal; children?: ReactNode }) {
  const { t } = useTranslation();
  const text = useRefusalText(refusal);
  return (
    <section className={`refusal refusal--${refusal.kind}`} data-testid="refusal" data-kind={refusal.kind} role="alert">
      <div className="refusal__icon" aria-hidden>
        !
      </div>
      <h2 className="refusal__title">{text?.title}</h2>
      <p className="refusal__body">{text?.body}</p>
      <p className="refusal__ask">{t('refusal.ask')}</p>
      {children ? <div className="refusal__actions">{children}</div> : null}
    </section>
  );
}
