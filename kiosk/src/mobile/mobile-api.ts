import type { MobileTicketView } from '@lobby/shared';

/** One poll of the customer's ticket. Errors are values: the page keeps the last good view. */
export type MobileFetchResult =
  { kind: 'ok'; view: MobileTicketView } | { kind: 'not_found' } | { kind: 'error'; status: number | null };

export async function fetchMobileTicket(token: string, fetchImpl: typeof fetch = fetch): Promise<MobileFetchResult> {
  try {
    const res = await fetchImpl(`/api/tickets/${encodeURIComponent(token)}`, {
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
    if (res.status === 404) return { kind: 'not_found' };
    if (!res.ok) return { kind: 'error', status: res.status };
    return { kind: 'ok', view: (await res.json()) as MobileTicketView };
  } catch {
    return { kind: 'error', status: null };
  }
}

/** Statuses after which nothing changes unless staff step in: poll slowly then. */
export function isFinalStatus(status: MobileTicketView['status']): boolean {
  return status === 'done' || status === 'no_show' || status === 'cancelled';
}

export const POLL_MS = 5000;
export const FINAL_POLL_MS = 30_000;
