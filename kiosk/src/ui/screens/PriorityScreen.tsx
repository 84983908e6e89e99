import { useTranslation } from 'react-i18next';
import { pickText } from '@lobby/shared';
import { useActions, useKiosk } from '../kiosk-context.tsx';
import { StepFrame } from '../components/StepFrame.tsx';
import { ChoiceButton } from '../components/ChoiceButton.tsx';
import { priorityChoices } from '../../logic/flow-skips.ts';

/** Optional priority care (老年人, 残障人士, 孕妇, 军人); skipping is the big default. */
export function PriorityScreen() {
  const { t } = useTranslation();
  const actions = useActions();
  const lang = useKiosk((s) => s.lang);
  const config = useKiosk((s) => s.config);
  const groups = config ? priorityChoices(config) : [];
  return (
    <StepFrame title={t('priority.title')} subtitle={t('priority.subtitle')}>
      <div className="choices choices--grid">
        {groups.map((g) => (
          <ChoiceButton
            key={g.id}
            title={pickText(g.name, lang)}
            onClick={() => actions.choosePriority(g.id)}
            testId={`priority-${g.id}`}
          />
        ))}
      </div>
      <ChoiceButton
        title={t('priority.skip')}
        tone="primary"
        onClick={() => actions.choosePriority(null)}
        testId="priority-skip"
      />
    </StepFrame>
  );
}
