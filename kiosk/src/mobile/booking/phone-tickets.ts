/**
 * The phone tickets taken on this phone, kept in its own storage (never on the server by
 * phone): scanning the hall poster sends their tokens, which activates them.
 */
const KEY = 'lobby.phoneTickets';
const MAX = 5;

export function phoneTicketTokens(storage: Storage): string[] {
  try {
    const raw: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(raw) ? raw.filter((t): t is string => typeof t === 'string').slice(-MAX) : [];
  } catch {
    return [];
  }
}

/** `/t/<token>` → remembered (the newest five). */
export function rememberPhoneTicket(storage: Storage, mobilePath: string): void {
  const token = /\/t\/([A-Za-z0-9_-]+)/.exec(mobilePath)?.[1];
  if (!token) return;
  const tokens = [...phoneTicketTokens(storage).filter((t) => t !== token), token].slice(-MAX);
  storage.setItem(KEY, JSON.stringify(tokens));
}
