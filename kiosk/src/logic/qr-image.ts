import type { QRCodeToDataURLOptions } from 'qrcode';

/** How the kiosk app draws every QR image (the ticket's, the booking page's): a 360 px PNG data URL. */
export const QR_IMAGE_OPTIONS: QRCodeToDataURLOptions = { margin: 1, width: 360, errorCorrectionLevel: 'M' };
