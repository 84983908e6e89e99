import type { StaffSession } from '../store/session-slice.ts';

/** The staff token lives in sessionStorage: closing the browser ends the sign-in. */
const SESSION_KEY = 'lobby.staff.session';

export function loadSession(storage: Pick<Storage, 'getItem'>): StaffSession | null {
  const raw = storage.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<StaffSession>;
    if (typeof parsed.token !== 'string' || !parsed.user || typeof parsed.user.role !== 'string') return null;
    return parsed as StaffSession;
  } catch {
    return null;
  }
}

export function saveSession(storage: Pick<Storage, 'setItem'>, session: StaffSession): void {
  storage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function forgetSession(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(SESSION_KEY);
}
