import { useTranslation } from 'react-i18next';
import { pickText } from '@lobby/shared';
import { useActions, useKiosk } from '../kiosk-context.tsx';
import { StepFrame } from '../components/StepFrame.tsx';
import { materialsToAsk } from '../../logic/flow-skips.ts';

/** 所需材料: what to have ready before the counter, so nobody is sent back for a missing paper. */
export function MaterialsScreen() {
  const { t } = useTranslation();
  const actions = useActions();
  const lang = useKiosk((s) => s.lang);
  const bt = useKiosk((s) => s.config?.businessTypes.find((b) => b.id === s.flow.draft.businessTypeId));
  const vipRecognised = useKiosk((s) => s.flow.draft.vipTierId !== null);
  if (!bt) return null;
  const materials = materialsToAsk(bt, vipRecognised);
  return (
    <StepFrame title={t('materials.title')} subtitle={t('materials.subtitle', { name: pickText(bt.name, lang) })}>
      {materials.length > 0 ? (
        <ol className="materials" data-testid="materials">
          {materials.map((m, i) => (
            <li key={i} className="materials__item">
              {pickText(m, lang)}
            </li>
          ))}
        </ol>
      ) : (
        <p className="materials__none">{t('materials.none')}</p>
      )}
      <button
        type="button"
        className="choice choice--primary"
        onClick={actions.confirmMaterials}
        data-testid="materials-ready"
      >
        <span className="choice__title">{t('materials.ready')}</span>
      </button>
    </StepFrame>
  );
}
