import type { KioskBridge, PrintResult } from '../bridge/kiosk-bridge.ts';

/**
 * Printing the ticket: silently through the Electron bridge on a real kiosk, else the
 * browser's print dialog (a desk PC or a browser test without the bridge).
 */
export interface Printer {
  print(): Promise<PrintResult>;
}

export function createPrinter(win: Pick<Window, 'print'> & { kioskBridge?: KioskBridge }): Printer {
  return {
    async print() {
      const bridge = win.kioskBridge;
      if (bridge) {
        try {
          return await bridge.print();
        } catch (err) {
          return { ok: false, error: err instanceof Error ? err.message : String(err) };
        }
      }
      win.print();
      return { ok: true };
    },
  };
}
