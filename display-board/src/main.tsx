/**
 * Hall display entry: reads the pairing from the URL/localStorage, creates the store,
 * voice and socket once (outside React), then renders.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { browserPairingPlace, markIfDemo } from '@lobby/shared/realtime-client';
import { readDeviceSettings } from './device/device-settings.ts';
import { createDisplayStore } from './store/display-store.ts';
import { createHallVoice } from './voice/hall-voice.ts';
import { connectDisplay } from './realtime/display-connection.ts';
import { createI18n } from './i18n/create-i18n.ts';
import { DisplayContext } from './app/display-context.ts';
import { App } from './app/app.tsx';
import './styles.css';

void markIfDemo(document);
const settings = readDeviceSettings(browserPairingPlace());

const store = createDisplayStore({ lanesFilter: settings.lanes, language: settings.language });
const voice = createHallVoice(store, { baseUrl: import.meta.env.BASE_URL, win: window });
const i18n = createI18n(settings.language);
document.documentElement.lang = settings.language === 'en' ? 'en' : 'zh-CN';

if (settings.token) {
  connectDisplay({ store, token: settings.token, onEvent: (event, speak) => voice.handleEvent(event, speak) });
  void voice.preload();
} else {
  store.getState().setConnection({ status: 'unpaired' });
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <DisplayContext.Provider value={{ store, voice, storage: window.localStorage }}>
        <App />
      </DisplayContext.Provider>
    </I18nextProvider>
  </StrictMode>,
);
