import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { markIfDemo } from '@lobby/shared/realtime-client';
import { AppRoot } from './app/app-root.tsx';
import { createAppStore } from './store/app-store.ts';
import { createI18n } from './i18n/create-i18n.ts';
import { loadLanguage } from './i18n/language.ts';
import { loadSession } from './auth/session-storage.ts';
import './styles.css';

void markIfDemo(document);
const language = loadLanguage(window.localStorage);
const store = createAppStore();
const session = loadSession(window.sessionStorage);
if (session) store.getState().setSession(session);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppRoot store={store} i18n={createI18n(language)} initialLanguage={language} />
  </StrictMode>,
);
