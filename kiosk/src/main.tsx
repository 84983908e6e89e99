import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import QRCode from 'qrcode';
import { QR_IMAGE_OPTIONS } from './logic/qr-image.ts';
import { createKioskStore } from './state/kiosk-store.ts';
import { createI18n } from './i18n/create-i18n.ts';
import { browserPairingPlace, markIfDemo, takeDeviceToken } from '@lobby/shared/realtime-client';
import { connectKiosk, type KioskCommands } from './realtime/kiosk-socket.ts';
import { createKioskActions } from './actions/kiosk-actions.ts';
import { createPrinter } from './print/printer.ts';
import { afterPaint } from './print/after-paint.ts';
import { KioskProvider } from './ui/kiosk-context.tsx';
import { KioskApp } from './ui/KioskApp.tsx';
import './styles/kiosk.css';
import './print/print.css';

/** Kiosk entry: build the store, bind the socket once, then render. */
const store = createKioskStore();
const i18n = createI18n('zh');
i18n.on('languageChanged', (lng) => document.documentElement.setAttribute('lang', lng === 'en' ? 'en' : 'zh-CN'));

void markIfDemo(document);
const token = takeDeviceToken('kiosk', browserPairingPlace());
let commands: KioskCommands;
if (token) {
  commands = connectKiosk(store, token).commands;
} else {
  store.setState({ connection: 'unpaired' });
  const unreachable = () => Promise.resolve({ ok: false as const, code: 'UNREACHABLE' as const });
  commands = {
    issueTicket: unreachable,
    lookupVip: unreachable,
    findArrival: unreachable,
    checkIn: unreachable,
    activateTicket: unreachable,
  };
}

const actions = createKioskActions({
  store,
  commands,
  printer: createPrinter(window),
  i18n,
  makeQr: (url) => QRCode.toDataURL(url, QR_IMAGE_OPTIONS),
  origin: window.location.origin,
  afterPaint: () => afterPaint(document),
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <KioskProvider store={store} actions={actions}>
        <KioskApp />
      </KioskProvider>
    </I18nextProvider>
  </StrictMode>,
);
