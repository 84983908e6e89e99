/**
 * Retention (docs/requirements.md R25, R110): customer identifiers older than `retentionDays` are deleted — the
 * VIP identifier hashes linked to tickets, complaint contact details, and the phone numbers of
 * bookings and phone tickets (HMAC, last digits, sealed copy), leftover reminder addresses, the
 * text-message log and delivered webhooks. Tickets, bookings, ratings and complaint facts stay,
 * so statistics over old days are unchanged.
 */
import type { PurgeResult } from '@lobby/shared';
import type { BranchStore } from '../../store/branch-store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Call inside the transaction that also records the purge. */
export function purgeCustomerIdentifiers(
  store: Pick<BranchStore, 'vip' | 'complaints' | 'bookings' | 'ticketPhones' | 'reminders' | 'messages' | 'webhooks'>,
  retentionDays: number,
  now: number,
): PurgeResult {
  const cutoff = now - retentionDays * DAY_MS;
  return {
    cutoff,
    ticketIdentifiers: store.vip.purgeTicketIdentifiers(cutoff),
    complaintContacts: store.complaints.purgeContacts(cutoff, now),
    customerPhones:
      store.bookings.purgePhones(cutoff) +
      store.ticketPhones.purgeOlderThan(cutoff) +
      store.reminders.purgeOlderThan(cutoff),
    messages: store.messages.purgeOlderThan(cutoff),
    webhookDeliveries: store.webhooks.purgeDelivered(cutoff),
  };
}
