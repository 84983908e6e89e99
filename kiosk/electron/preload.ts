import { contextBridge, ipcRenderer } from 'electron';
import type { KioskBridge, KioskDeviceInfo, KioskIpcChannel, PrintResult } from '../src/bridge/kiosk-bridge.ts';

/**
 * The kiosk page's only door to the machine. Runs sandboxed, so it imports nothing local
 * at runtime; it forwards plain data and never hands the IPC event to the page.
 */
const PRINT: KioskIpcChannel = 'kiosk:print';
const DEVICE_INFO: KioskIpcChannel = 'kiosk:device-info';

const bridge = {
  print: async (): Promise<PrintResult> => {
    const res: unknown = await ipcRenderer.invoke(PRINT);
    if (typeof res === 'object' && res !== null && 'ok' in res) {
      const r = res as PrintResult;
      return r.ok ? { ok: true } : { ok: false, error: String(r.error ?? 'print failed') };
    }
    return { ok: false, error: 'no answer from main process' };
  },
  deviceInfo: async (): Promise<KioskDeviceInfo> => {
    const res = (await ipcRenderer.invoke(DEVICE_INFO)) as KioskDeviceInfo | null;
    if (res === null) throw new Error('device info refused');
    return { deviceId: res.deviceId, printerName: res.printerName, version: res.version };
  },
} satisfies KioskBridge;

contextBridge.exposeInMainWorld('kioskBridge', bridge);
