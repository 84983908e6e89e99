import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { KioskDeviceInfo, KioskIpcChannel, PrintResult } from '../src/bridge/kiosk-bridge.ts';
import { isTrustedUrl } from './trusted-url.ts';
import { printTicket } from './print-handler.ts';

/**
 * The main-process side of the preload bridge. Every call is checked to come from the
 * kiosk page on the server origin; answers are plain data, never the IPC event.
 */
export interface IpcDeps {
  server: URL;
  printerName: string;
  deviceInfo: KioskDeviceInfo;
  /** The kiosk window's contents: the only sender allowed. */
  kioskContents: () => WebContents | null;
}

type Handle = Pick<IpcMain, 'handle'>;

function fromKiosk(event: IpcMainInvokeEvent, deps: IpcDeps): boolean {
  const url = event.senderFrame?.url ?? '';
  return event.sender === deps.kioskContents() && isTrustedUrl(url, deps.server);
}

export function registerKioskIpc(ipc: Handle, deps: IpcDeps): void {
  const print: KioskIpcChannel = 'kiosk:print';
  const info: KioskIpcChannel = 'kiosk:device-info';
  ipc.handle(print, async (event): Promise<PrintResult> => {
    if (!fromKiosk(event, deps)) return { ok: false, error: 'untrusted sender' };
    return printTicket(event.sender, deps.printerName);
  });
  ipc.handle(info, (event): KioskDeviceInfo | null => (fromKiosk(event, deps) ? { ...deps.deviceInfo } : null));
}
