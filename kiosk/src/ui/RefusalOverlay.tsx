import { useTranslation } from 'react-i18next';
import { useActions, useKiosk } from './kiosk-context.tsx';
import { RefusalPanel } from './components/RefusalPanel.tsx';

/** A refusal of one choice (lane paused, full, server said no): over the step, with a way on. */
export function RefusalOverlay() {
  const { t } = useTranslation();
  const actions = useActions();
  const refusal = useKiosk((s) => s.refusal);
  const step = useKiosk((s) => s.flow.step);
  if (!refusal) return null;
  const canRetry =
    step === 'confirm' &&
    (refusal.kind === 'unreachable' || refusal.kind === 'rate_limited' || refusal.kind === 'server_error');
  return (
    <div className="overlay">
      <RefusalPanel refusal={refusal}>
        {refusal.kind === 'vip_check_expired' ? (
          <button
            type="button"
            className="nav-button nav-button--primary"
            onClick={actions.verifyVipAgain}
            data-testid="refusal-verify-vip"
          >
            {t('refusal.verifyAgain')}
          </button>
        ) : null}
        {canRetry ? (
          <button
            type="button"
            className="nav-button nav-button--primary"
            onClick={() => void actions.issueTicket()}
            data-testid="refusal-retry"
          >
            {t('refusal.retry')}
          </button>
        ) : null}
        <button type="button" className="nav-button" onClick={actions.dismissRefusal} data-testid="refusal-dismiss">
          ← {t('common.back')}
        </button>
        <button
          type="button"
          className="nav-button nav-button--cancel"
          onClick={actions.cancel}
          data-testid="refusal-home"
        >
          {t('common.home')}
        </button>
      </RefusalPanel>
    </div>
  );
}
