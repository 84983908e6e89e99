import type { PurgeResult } from '@lobby/shared';
import type { Db } from '../../store/database.ts';
import type { ComplaintStore } from '../complaints/complaint-store.ts';

/**
 * Retention (R25, R110): customer identifiers older than `retentionDays` are deleted — the
 * VIP identifier hashes linked to tickets and complaint contact details. Tickets, ratings and
 * complaint facts stay, so statistics over old days are unchanged.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export function purgeCustomerIdentifiers(
  db: Db,
  complaints: ComplaintStore,
  retentionDays: number,
  now: number,
): PurgeResult {
  const cutoff = now - retentionDays * DAY_MS;
  return db
    .transaction((): PurgeResult => ({
      cutoff,
      ticketIdentifiers: db.prepare('DELETE FROM ticket_identifiers WHERE created_at < ?').run(cutoff).changes,
      complaintContacts: complaints.purgeContacts(cutoff, now),
    }))
    .immediate();
}

export type { PurgeResult };
