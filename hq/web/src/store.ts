import type { HqGridRow, HqRegion, HqSessionUser, UiLanguage } from '@lobby/shared';
import { create } from 'zustand';

/** The one store of the head-office UI: session, language, regions, the live grid rows. */
export interface HqState {
  session: { token: string; user: HqSessionUser } | null;
  lang: UiLanguage;
  regions: HqRegion[];
  rows: Record<string, HqGridRow>;
  connected: boolean;
  setSession(s: HqState['session']): void;
  setLang(lang: UiLanguage): void;
  setRegions(r: HqRegion[]): void;
  replaceRows(rows: HqGridRow[]): void;
  upsertRows(rows: HqGridRow[]): void;
  setConnected(c: boolean): void;
}

const SESSION_KEY = 'hq.session';
const LANG_KEY = 'hq.lang';

function loadSession(): HqState['session'] {
  try {
    const raw = window.sessionStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as HqState['session']) : null;
  } catch {
    return null;
  }
}

export const useHq = create<HqState>((set) => ({
  session: loadSession(),
  lang: window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh',
  regions: [],
  rows: {},
  connected: false,
  setSession: (session) => {
    if (session) window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else window.sessionStorage.removeItem(SESSION_KEY);
    set({ session, rows: {} });
  },
  setLang: (lang) => {
    window.localStorage.setItem(LANG_KEY, lang);
    set({ lang });
  },
  setRegions: (regions) => set({ regions }),
  replaceRows: (rows) => set({ rows: Object.fromEntries(rows.map((r) => [r.branchId, r])) }),
  upsertRows: (rows) => set((s) => ({ rows: { ...s.rows, ...Object.fromEntries(rows.map((r) => [r.branchId, r])) } })),
  setConnected: (connected) => set({ connected }),
}));
