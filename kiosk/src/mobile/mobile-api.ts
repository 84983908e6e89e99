import { callRoute, TICKET_ROUTES, type MobileTicketView } from '@lobby/shared';

/** One poll of the customer's ticket. Errors are values: the page keeps the last good view. */
export type MobileFetchResult =
  { kind: 'ok'; view: MobileTicketView } | { kind: 'not_found' } | { kind: 'error'; status: number | null };

export async function fetchMobileTicket(token: string, fetchImpl: typeof fetch = fetch): Promise<MobileFetchResult> {
  const r = await callRoute(
    TICKET_ROUTES.mobileView,
    { params: { token } },
    { fetch: fetchImpl, init: { cache: 'no-store' } },
  );
  if (r.ok) return { kind: 'ok', view: r.data };
  return r.status === 404 ? { kind: 'not_found' } : { kind: 'error', status: r.status };
}

/** Statuses after which nothing changes unless staff step in: poll slowly then. */
export function isFinalStatus(status: MobileTicketView['status']): boolean {
  return status === 'done' || status === 'no_show' || status === 'cancelled';
}

export const POLL_MS = 5000;
export const FINAL_POLL_MS = 30_000;
