import { useTranslation } from 'react-i18next';
import { pickText } from '@lobby/shared';
import { useActions, useKiosk } from '../kiosk-context.tsx';
import { StepFrame } from '../components/StepFrame.tsx';
import { laneById } from '../../logic/lanes.ts';
import { estimateText } from '../../logic/estimate-format.ts';
import { useNewTicketEstimate } from '../use-new-ticket-estimate.ts';

/** One look at everything chosen, with the queue as it stands, before the ticket is taken. */
export function ConfirmScreen() {
  const { t } = useTranslation();
  const actions = useActions();
  const lang = useKiosk((s) => s.lang);
  const busy = useKiosk((s) => s.busy);
  const lane = useKiosk((s) => (s.config ? laneById(s.config, s.flow.draft.laneId) : undefined));
  const bt = useKiosk((s) => s.config?.businessTypes.find((b) => b.id === s.flow.draft.businessTypeId));
  const group = useKiosk((s) => s.config?.priorityGroups.find((g) => g.id === s.flow.draft.priorityGroupId));
  const tier = useKiosk((s) => s.config?.vipTiers.find((x) => x.id === s.flow.draft.vipTierId));
  const next = useNewTicketEstimate();
  if (!lane || !bt) return null;
  const estimate = estimateText(next?.estimate ?? null);
  return (
    <StepFrame title={t('confirm.title')}>
      <dl className="summary" data-testid="confirm-summary">
        <dt>{t('confirm.lane')}</dt>
        <dd>
          <span className="lane-prefix">{lane.prefix}</span> {pickText(lane.name, lang)}
        </dd>
        <dt>{t('confirm.business')}</dt>
        <dd>{pickText(bt.name, lang)}</dd>
        {tier ? (
          <>
            <dt>{t('confirm.vipTier')}</dt>
            <dd>{pickText(tier.name, lang)}</dd>
          </>
        ) : null}
        <dt>{t('confirm.priority')}</dt>
        <dd>{group ? pickText(group.name, lang) : t('confirm.none')}</dd>
        {next ? (
          <>
            <dt>{t('confirm.ahead')}</dt>
            <dd data-testid="confirm-ahead">{t('common.people', { count: next.ahead })}</dd>
          </>
        ) : null}
        <dt>{t('confirm.estimate')}</dt>
        <dd data-testid="confirm-estimate">{t(estimate.key, estimate.params)}</dd>
      </dl>
      {next ? <p className="summary__meaning">{t('confirm.meaning')}</p> : null}
      <button
        type="button"
        className="choice choice--primary choice--huge"
        onClick={() => void actions.issueTicket()}
        disabled={busy}
        data-testid="issue-ticket"
      >
        <span className="choice__title">{busy ? t('confirm.issuing') : t('confirm.submit')}</span>
      </button>
    </StepFrame>
  );
}
