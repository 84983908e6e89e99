/**
 * The one object the Electron preload exposes to the kiosk page (`window.kioskBridge`).
 * Shared by the preload (which implements it) and the renderer (which may run without it
 * in a plain browser). Type-only: the sandboxed preload cannot require local modules.
 */
export interface PrintResult {
    ok: boolean;
    error?: string;
}
export interface KioskDeviceInfo {
    deviceId: string;
    printerName: string;
    version: string;
}
export interface KioskBridge {
    print(): Promise<PrintResult>;
    deviceInfo(): Promise<KioskDeviceInfo>;
}
/** IPC channel names; the preload repeats them as literals checked against this type. */
export type KioskIpcChannel = 'kiosk:print' | 'kiosk:device-info';
declare global {
    interface Window {
        kioskBridge?: KioskBridge;
    }
}
