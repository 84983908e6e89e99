import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import QRCode from 'qrcode';
import { QR_IMAGE_OPTIONS } from '../logic/qr-image.ts';
import type { UiLanguage } from '@lobby/shared';
import { markIfDemo } from '@lobby/shared/realtime-client';
import { createI18n } from '../i18n/create-i18n.ts';
import { createMobileStore } from './mobile-store.ts';
import { connectMobileSocket, startMobileLive } from './mobile-live.ts';
import { browserPushEnv, pushActions } from './push-reminder.ts';
import { customerRoute } from './customer-route.ts';
import { MobileApp } from './MobileApp.tsx';
import { CustomerShell } from './CustomerShell.tsx';
import { bookingActions } from './booking/booking-actions.ts';
import { createBookingFormStore } from './booking/booking-store.ts';
import { BookingPage } from './booking/BookingPage.tsx';
import { BookingManagePage } from './booking/BookingManagePage.tsx';
import { HallArrivalPage } from './booking/HallArrivalPage.tsx';
import './mobile.css';

/** The customer's phone pages (one build): `/t/<token>` ticket, `/book`, `/b/<token>` booking, `/hall/<key>` poster. */
const store = createMobileStore();
const i18n = createI18n('zh');
const setLanguage = (lang: UiLanguage) => {
  store.setState({ lang });
  void i18n.changeLanguage(lang);
  document.documentElement.setAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
};

void markIfDemo(document);

function customerPage(): ReactNode {
  const route = customerRoute(window.location.pathname);
  if (route.page === 'ticket') {
    if (!route.token) {
      store.setState({ problem: 'bad_link', loading: false });
      return <MobileApp store={store} onLanguage={setLanguage} />;
    }
    startMobileLive(store, connectMobileSocket(route.token));
    const push = pushActions(store, route.token, browserPushEnv());
    void push.load();
    return <MobileApp store={store} onLanguage={setLanguage} push={push} />;
  }
  if (route.page === 'book') {
    const form = createBookingFormStore();
    const actions = bookingActions(form, { storage: window.localStorage, go: (path) => window.location.assign(path) });
    void actions.load();
    return (
      <CustomerShell titleKey="booking.title" onLanguage={setLanguage}>
        <BookingPage store={form} actions={actions} />
      </CustomerShell>
    );
  }
  if (route.page === 'booking') {
    const env = {
      origin: window.location.origin,
      makeQr: (url: string) => QRCode.toDataURL(url, QR_IMAGE_OPTIONS),
    };
    return (
      <CustomerShell titleKey="booking.title" onLanguage={setLanguage}>
        <BookingManagePage token={route.token} env={env} />
      </CustomerShell>
    );
  }
  return (
    <CustomerShell titleKey="booking.hall.header" onLanguage={setLanguage}>
      <HallArrivalPage posterKey={route.key} storage={window.localStorage} />
    </CustomerShell>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>{customerPage()}</I18nextProvider>
  </StrictMode>,
);
