import { useEffect } from 'react';
import { useDisplay, useDisplayDeps, useServerNow } from './display-context.ts';
import { Board } from './board.tsx';
import { ConnectionBanner } from '../components/connection-banner.tsx';
import { EmergencyScreen } from '../components/emergency-screen.tsx';
import { PairingScreen } from '../components/pairing-screen.tsx';
import { SoundBlockedButton } from '../components/sound-blocked-button.tsx';
import { useTranslation } from 'react-i18next';

export function App() {
  const { t } = useTranslation();
  const { voice } = useDisplayDeps();
  const status = useDisplay((s) => s.connection.status);
  const config = useDisplay((s) => s.floor.config);
  const emergency = useDisplay((s) => s.floor.emergency);
  const language = useDisplay((s) => s.language);
  const blocked = useDisplay((s) => s.voice.audioBlocked);
  const now = useServerNow();

  // Any tap on a blocked screen is the gesture that lets sound play.
  useEffect(() => {
    if (!blocked) return;
    const onTap = () => void voice.unlock();
    window.addEventListener('pointerdown', onTap);
    return () => window.removeEventListener('pointerdown', onTap);
  }, [blocked, voice]);

  if (status === 'unpaired' || status === 'revoked') return <PairingScreen revoked={status === 'revoked'} />;
  return (
    <div className={`screen lang-${language}`}>
      <ConnectionBanner />
      {!config ? (
        <div className="connecting" data-testid="connecting">
          {t('banner.connecting')}
        </div>
      ) : emergency.active ? (
        <EmergencyScreen emergency={emergency} now={now} timeZone={config.hours.timeZone} language={language} />
      ) : (
        <Board config={config} />
      )}
      <SoundBlockedButton />
    </div>
  );
}
