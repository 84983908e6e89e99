/**
 * How this screen was paired. The device token arrives once in the URL (?device=TOKEN),
 * optionally with the lanes it shows (?lanes=A,V) and a language (?lang=en); all three are
 * kept in localStorage so a reboot of the TV keeps the pairing, and the token is removed
 * from the address bar so it is not left on screen.
 */
import type { UiLanguage } from '@lobby/shared';

export interface DeviceSettings {
  token: string | null;
  /** Lane ids or prefixes this screen shows and announces; null = all lanes. */
  lanes: string[] | null;
  language: UiLanguage;
}

const KEYS = {
  token: 'lobby.display.deviceToken',
  lanes: 'lobby.display.lanes',
  language: 'lobby.display.language',
} as const;

function parseLanes(raw: string | null): string[] | null {
  if (raw === null) return null;
  const lanes = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return lanes.length > 0 ? lanes : null;
}

export function readDeviceSettings(url: URL, storage: Storage): DeviceSettings {
  const q = url.searchParams;
  const token = q.get('device');
  if (token) storage.setItem(KEYS.token, token);
  if (q.has('lanes')) {
    const lanes = parseLanes(q.get('lanes'));
    if (lanes) storage.setItem(KEYS.lanes, lanes.join(','));
    else storage.removeItem(KEYS.lanes);
  }
  const lang = q.get('lang');
  if (lang === 'zh' || lang === 'en') storage.setItem(KEYS.language, lang);
  const storedLang = storage.getItem(KEYS.language);
  return {
    token: storage.getItem(KEYS.token),
    lanes: parseLanes(storage.getItem(KEYS.lanes)),
    language: storedLang === 'en' ? 'en' : 'zh',
  };
}

export function saveLanguage(storage: Storage, language: UiLanguage): void {
  storage.setItem(KEYS.language, language);
}

/** The URL without the device token, for history.replaceState. */
export function urlWithoutToken(url: URL): string {
  const clean = new URL(url.href);
  clean.searchParams.delete('device');
  return clean.pathname + clean.search + clean.hash;
}
