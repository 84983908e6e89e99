import type { WebContents } from 'electron';
import type { PrintResult } from '../src/bridge/kiosk-bridge.ts';

/**
 * Silent ticket printing. The page lays the ticket out for 80 mm paper with print-only CSS;
 * Electron sends it straight to the configured receipt printer without a dialog.
 */
type Printable = Pick<WebContents, 'print'>;

export function printTicket(contents: Printable, deviceName: string): Promise<PrintResult> {
  return new Promise((resolve) => {
    const options: Electron.WebContentsPrintOptions = {
      silent: true,
      printBackground: true,
      margins: { marginType: 'none' },
    };
    // Empty = let the system pick its default printer.
    if (deviceName !== '') options.deviceName = deviceName;
    try {
      contents.print(options, (success, failureReason) => {
        resolve(success ? { ok: true } : { ok: false, error: failureReason || 'print failed' });
      });
    } catch (err) {
      resolve({ ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  });
}
