import { useTranslation } from 'react-i18next';
import { pickText } from '@lobby/shared';
import { useActions, useKiosk } from '../kiosk-context.tsx';
import { StepFrame } from '../components/StepFrame.tsx';
import { NumericKeypad } from '../components/NumericKeypad.tsx';
import { canSubmitVip, maskDigits } from '../../logic/vip-keypad.ts';

/**
 * VIP recognition. The digits are shown only as dots and the tier only by its name: the
 * identifier never appears on screen, in print or in the DOM.
 */
export function VipScreen() {
  const { t } = useTranslation();
  const actions = useActions();
  const lang = useKiosk((s) => s.lang);
  const digits = useKiosk((s) => s.flow.draft.vipDigits);
  const lookedUp = useKiosk((s) => s.flow.draft.vipLookedUp);
  const tierId = useKiosk((s) => s.flow.draft.vipTierId);
  const tier = useKiosk((s) => s.config?.vipTiers.find((x) => x.id === tierId));
  const busy = useKiosk((s) => s.busy);

  if (lookedUp && tier) {
    return (
      <StepFrame title={t('vip.title')}>
        <div className="vip-result vip-result--ok" data-testid="vip-recognised">
          <p className="vip-result__text">{t('vip.recognised', { tier: pickText(tier.name, lang) })}</p>
          <button
            type="button"
            className="choice choice--primary"
            onClick={actions.continueAsVip}
            data-testid="vip-continue"
          >
            <span className="choice__title">{t('vip.continue')}</span>
          </button>
        </div>
      </StepFrame>
    );
  }
  if (lookedUp) {
    return (
      <StepFrame title={t('vip.title')}>
        <div className="vip-result vip-result--unknown" data-testid="vip-unknown">
          <p className="vip-result__text">{t('vip.unknownTitle')}</p>
          <p className="vip-result__hint">{t('vip.unknownBody')}</p>
          <div className="choices choices--row">
            <button
              type="button"
              className="choice choice--primary"
              onClick={actions.switchToPersonal}
              data-testid="vip-use-personal"
            >
              <span className="choice__title">{t('vip.usePersonal')}</span>
            </button>
            <button type="button" className="choice" onClick={actions.retryVip}>
              <span className="choice__title">{t('vip.retry')}</span>
            </button>
          </div>
        </div>
      </StepFrame>
    );
  }
  return (
    <StepFrame title={t('vip.title')} subtitle={t('vip.prompt')}>
      <div className="vip-entry">
        <div className="vip-entry__field" aria-live="polite" data-testid="vip-mask">
          {digits === '' ? <span className="vip-entry__placeholder">—</span> : maskDigits(digits)}
        </div>
        <p className="vip-entry__count">{t('vip.digits', { count: digits.length })}</p>
        <NumericKeypad onKey={actions.pressVipKey} disabled={busy} />
        <button
          type="button"
          className="choice choice--primary vip-entry__submit"
          onClick={() => void actions.submitVip()}
          disabled={busy || !canSubmitVip(digits)}
          data-testid="vip-submit"
        >
          <span className="choice__title">{busy ? t('vip.lookingUp') : t('vip.submit')}</span>
        </button>
        <p className="vip-entry__privacy">{t('vip.privacy')}</p>
      </div>
    </StepFrame>
  );
}
