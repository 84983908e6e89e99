import { useTranslation } from 'react-i18next';
import { pickText, type Lane } from '@lobby/shared';
import { useActions, useKiosk } from '../kiosk-context.tsx';
import { StepFrame } from '../components/StepFrame.tsx';
import { ChoiceButton } from '../components/ChoiceButton.tsx';
import { laneOfKind, vipLane } from '../../logic/lanes.ts';
import { laneRefusal } from '../../logic/refusals.ts';
import { useRefusalText } from '../use-refusal-text.ts';

/** Personal / business / VIP. A lane that is paused or full says so on its button already. */
function LaneChoice({
  lane,
  title,
  hint,
  onClick,
  testId,
}: {
  lane: Lane;
  title: string;
  hint?: string;
  onClick: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const stats = useKiosk((s) => s.lanes[lane.id]);
  const refusal = laneRefusal(lane, stats);
  const refusalText = useRefusalText(refusal);
  return (
    <ChoiceButton
      title={
        <>
          <span className="lane-prefix">{lane.prefix}</span> {title}
        </>
      }
      hint={refusalText ? refusalText.title : hint}
      badge={
        stats && !refusal
          ? t('common.waitingCount', { count: stats.waiting })
          : refusal
            ? t('customerType.unavailable')
            : undefined
      }
      tone={refusal ? 'muted' : 'default'}
      onClick={onClick}
      testId={testId}
    />
  );
}

export function CustomerTypeScreen() {
  const { t } = useTranslation();
  const actions = useActions();
  const lang = useKiosk((s) => s.lang);
  const personal = useKiosk((s) => (s.config ? laneOfKind(s.config, 'personal') : undefined));
  const business = useKiosk((s) => (s.config ? laneOfKind(s.config, 'business') : undefined));
  const vip = useKiosk((s) => (s.config ? vipLane(s.config) : undefined));
  return (
    <StepFrame title={t('customerType.title')}>
      <div className="choices">
        {personal ? (
          <LaneChoice
            lane={personal}
            title={t('customerType.personal')}
            hint={pickText(personal.name, lang)}
            onClick={() => actions.chooseLane(personal.id)}
            testId="lane-personal"
          />
        ) : null}
        {business ? (
          <LaneChoice
            lane={business}
            title={t('customerType.business')}
            hint={pickText(business.name, lang)}
            onClick={() => actions.chooseLane(business.id)}
            testId="lane-business"
          />
        ) : null}
        {vip ? (
          <LaneChoice
            lane={vip}
            title={t('customerType.vip')}
            hint={t('customerType.vipHint')}
            onClick={actions.chooseVip}
            testId="lane-vip"
          />
        ) : null}
      </div>
    </StepFrame>
  );
}
