import type { PurgeResult } from '@lobby/shared';
import type { BranchStore } from '../../store/branch-store.ts';
import type { Db } from '../../store/database.ts';
import type { ComplaintStore } from '../complaints/complaint-store.ts';

/**
 * Retention (R25, R110): customer identifiers older than `retentionDays` are deleted — the
 * VIP identifier hashes linked to tickets, complaint contact details, and the phone numbers of
 * bookings and phone tickets (HMAC, last digits, sealed copy), leftover reminder addresses, the
 * text-message log and delivered webhooks. Tickets, bookings, ratings and complaint facts stay,
 * so statistics over old days are unchanged.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export function purgeCustomerIdentifiers(
  db: Db,
  store: BranchStore,
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
      customerPhones:
        store.bookings.purgePhones(cutoff) +
        store.ticketPhones.purgeOlderThan(cutoff) +
        store.reminders.purgeOlderThan(cutoff),
      messages: store.messages.purgeOlderThan(cutoff),
      webhookDeliveries: store.webhooks.purgeDelivered(cutoff),
    }))
    .immediate();
}

export type { PurgeResult };
