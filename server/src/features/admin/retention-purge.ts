/**
 * Retention (docs/requirements.md R25, R110): customer identifiers older than `retentionDays` are deleted — the
 * VIP identifier hashes linked to tickets and complaint contact details. Tickets, ratings and
 * complaint facts stay, so statistics over old days are unchanged.
 */
import type { PurgeResult } from '@lobby/shared';
import type { BranchStore } from '../../store/branch-store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Call inside the transaction that also records the purge. */
export function purgeCustomerIdentifiers(
  store: Pick<BranchStore, 'vip' | 'complaints'>,
  retentionDays: number,
  now: number,
): PurgeResult {
  const cutoff = now - retentionDays * DAY_MS;
  return {
    cutoff,
    ticketIdentifiers: store.vip.purgeTicketIdentifiers(cutoff),
    complaintContacts: store.complaints.purgeContacts(cutoff, now),
  };
}
