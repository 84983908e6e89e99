import { useTranslation } from 'react-i18next';

/** On-screen digits for the VIP card or phone: no physical keyboard on a kiosk. */
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'] as const;

export function NumericKeypad({ onKey, disabled }: { onKey: (key: string) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const label = (key: string) => (key === 'clear' ? t('vip.clear') : key === 'back' ? `⌫ ${t('vip.backspace')}` : key);
  return (
    <div className="keypad" role="group">
      {KEYS.map((key) => (
        <button
          key={key}
          type="button"
          className={`keypad__key${key.length > 1 ? ' keypad__key--fn' : ''}`}
          onClick={() => onKey(key)}
          disabled={disabled}
          data-key={key}
        >
          {label(key)}
        </button>
      ))}
    </div>
  );
}
