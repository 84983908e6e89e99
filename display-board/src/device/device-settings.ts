/**
 * How this screen was paired. The device token arrives once in the URL (?device=TOKEN),
 * optionally with the lanes it shows (?lanes=A,V) and a language (?lang=en); all three are
 * kept in localStorage so a reboot of the TV keeps the pairing (the token by the shared
 * pairing rule, which also removes it from the address bar).
 */
import type { UiLanguage } from '@lobby/shared';
import { takeDeviceToken, type PairingPlace } from '@lobby/shared/realtime-client';

export interface DeviceSettings {
  token: string | null;
  /** Lane ids or prefixes this screen shows and announces; null = all lanes. */
  lanes: string[] | null;
  language: UiLanguage;
}

const KEYS = {
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

export function readDeviceSettings(place: PairingPlace): DeviceSettings {
  const { storage } = place;
  const q = new URLSearchParams(place.location.search);
  const token = takeDeviceToken('display', place);
  if (q.has('lanes')) {
    const lanes = parseLanes(q.get('lanes'));
    if (lanes) storage.setItem(KEYS.lanes, lanes.join(','));
    else storage.removeItem(KEYS.lanes);
  }
  const lang = q.get('lang');
  if (lang === 'zh' || lang === 'en') storage.setItem(KEYS.language, lang);
  const storedLang = storage.getItem(KEYS.language);
  return {
    token,
    lanes: parseLanes(storage.getItem(KEYS.lanes)),
    language: storedLang === 'en' ? 'en' : 'zh',
  };
}

export function saveLanguage(storage: Storage, language: UiLanguage): void {
  storage.setItem(KEYS.language, language);
}
