import type { TicketChanges } from './types.ts';

/** A decision that wrote no ticket (a rating, a booking): the store compares none. */
export const NO_TICKET_CHANGES: TicketChanges = new Set<string>();

/** The tickets either of two decisions applied one after the other wrote. */
export function bothChanges(a: TicketChanges, b: TicketChanges): TicketChanges {
  return a === 'all' || b === 'all' ? 'all' : new Set([...a, ...b]);
}
