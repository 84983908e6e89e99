import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { UiLanguage } from '@lobby/shared';
import { markIfDemo } from '@lobby/shared/realtime-client';
import { createI18n } from '../i18n/create-i18n.ts';
import { createMobileStore } from './mobile-store.ts';
import { startMobilePolling } from './mobile-poller.ts';
import { ticketTokenFromPath } from './mobile-token.ts';
import { MobileApp } from './MobileApp.tsx';
import './mobile.css';

/** Mobile ticket page entry (`/t/<token>`): store, poller, render. */
const store = createMobileStore();
const i18n = createI18n('zh');
const setLanguage = (lang: UiLanguage) => {
  store.setState({ lang });
  void i18n.changeLanguage(lang);
  document.documentElement.setAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
};

void markIfDemo(document);
const token = ticketTokenFromPath(window.location.pathname);
if (token) startMobilePolling(store, token, document);
else store.setState({ problem: 'bad_link', loading: false });

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MobileApp store={store} onLanguage={setLanguage} />
    </I18nextProvider>
  </StrictMode>,
);
