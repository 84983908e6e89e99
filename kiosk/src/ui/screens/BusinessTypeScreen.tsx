import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { pickText } from '@lobby/shared';
import { useActions, useKiosk } from '../kiosk-context.tsx';
import { StepFrame } from '../components/StepFrame.tsx';
import { ChoiceButton } from '../components/ChoiceButton.tsx';
import { businessTypesOf, laneById } from '../../logic/lanes.ts';

/** The business types of the chosen lane; the next screen lists what to bring. */
export function BusinessTypeScreen() {
  const { t } = useTranslation();
  const actions = useActions();
  const lang = useKiosk((s) => s.lang);
  const lane = useKiosk((s) => (s.config ? laneById(s.config, s.flow.draft.laneId) : undefined));
  const types = useKiosk(useShallow((s) => (s.config && lane ? businessTypesOf(s.config, lane.id) : [])));
  return (
    <StepFrame
      title={t('businessType.title')}
      subtitle={lane ? `${lane.prefix} · ${pickText(lane.name, lang)}` : undefined}
    >
      <div className="choices choices--grid">
        {types.map((bt) => (
          <ChoiceButton
            key={bt.id}
            title={pickText(bt.name, lang)}
            onClick={() => actions.chooseBusinessType(bt.id)}
            testId={`business-${bt.id}`}
          />
        ))}
      </div>
    </StepFrame>
  );
}
