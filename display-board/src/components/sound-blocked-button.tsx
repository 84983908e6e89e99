import { useTranslation } from 'react-i18next';
import { useDisplay, useDisplayDeps } from '../app/display-context.ts';

/** Shown when the browser refuses to play sound; a tap is the user gesture that unblocks it. */
export function SoundBlockedButton() {
  const { t } = useTranslation();
  const { voice } = useDisplayDeps();
  const blocked = useDisplay((s) => s.voice.audioBlocked);
  const enabled = useDisplay((s) => s.floor.config?.voice.enabled ?? true);
  if (!blocked || !enabled) return null;
  return (
    <button type="button" className="sound-blocked" data-testid="sound-blocked" onClick={() => void voice.unlock()}>
      {/* Drawn, not an emoji: TV browsers often have no emoji font. */}
      <svg className="sound-icon" viewBox="0 0 24 24" aria-hidden>
        <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
        <path d="M16 9l6 6M22 9l-6 6" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
      {t('sound.blocked')}
    </button>
  );
}
