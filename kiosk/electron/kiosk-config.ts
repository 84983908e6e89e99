import { parseServerOrigin } from './trusted-url.ts';

/**
 * Start-up settings of one kiosk: env first, then `kiosk.config.json` next to the app,
 * then defaults. Parsed once at start; nothing here changes while the kiosk runs.
 */
export interface KioskConfig {
  serverUrl: URL;
  deviceToken: string;
  /** Empty = the system's default printer. */
  printerName: string;
  deviceId: string;
}

export interface KioskConfigSources {
  env: Record<string, string | undefined>;
  /** Contents of kiosk.config.json, or null when there is none. */
  fileText: string | null;
  hostname: string;
}

interface FileConfig {
  serverUrl?: unknown;
  deviceToken?: unknown;
  printerName?: unknown;
  deviceId?: unknown;
}

const DEFAULT_SERVER_URL = 'http://127.0.0.1:3000';

function pickString(...values: unknown[]): string | undefined {
  for (const v of values) if (typeof v === 'string' && v.trim() !== '') return v.trim();
  return undefined;
}

export function loadKioskConfig({ env, fileText, hostname }: KioskConfigSources): KioskConfig {
  let file: FileConfig = {};
  if (fileText !== null) {
    const parsed: unknown = JSON.parse(fileText);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('kiosk.config.json must hold an object');
    file = parsed as FileConfig;
  }
  const serverUrl = parseServerOrigin(pickString(env.KIOSK_SERVER_URL, file.serverUrl) ?? DEFAULT_SERVER_URL);
  return {
    serverUrl,
    deviceToken: pickString(env.KIOSK_DEVICE_TOKEN, file.deviceToken) ?? '',
    printerName: pickString(env.KIOSK_PRINTER, file.printerName) ?? '',
    deviceId: pickString(env.KIOSK_DEVICE_ID, file.deviceId) ?? hostname,
  };
}

/**
 * The kiosk page. The token travels once in the URL; the page keeps it in localStorage and
 * drops it from the address, so a reload without it still works.
 */
export function kioskStartUrl(config: KioskConfig): string {
  const url = new URL('/kiosk/', config.serverUrl);
  if (config.deviceToken !== '') url.searchParams.set('device', config.deviceToken);
  return url.toString();
}
