import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPEN_TICKET_STATUSES, TICKET_STATUSES } from '@lobby/shared';
import { newWaitingTicket } from './new-ticket.ts';
import { TicketBook } from './ticket-book.ts';
import type { Ticket } from './types.ts';

const ticket = (n: number, status: Ticket['status']): Ticket => ({
  ...newWaitingTicket({
    id: `t${n}`,
    token: `tok${n}`,
    number: `A${String(n).padStart(3, '0')}`,
    laneId: 'A',
    businessTypeId: 'cash',
    businessDate: '2026-12-04',
    channel: 'kiosk',
    issuedAt: n,
    priorityGroupId: null,
    vipTierId: null,
  }),
  status,
});

/** A put of ticket `id` in `status`: ids up to 400 against books of up to 600 puts. */
const putArb = fc.record({ id: fc.nat(400), status: fc.constantFrom(...TICKET_STATUSES) });

describe('TicketBook', () => {
  it('reads like the Map it replaces after any sequence of puts, and its open view is the open tickets in order', () => {
    fc.assert(
      fc.property(fc.array(putArb, { maxLength: 600 }), fc.nat(600), (puts, keepAt) => {
        const model = new Map<string, Ticket>();
        let book = TicketBook.EMPTY;
        let kept: { book: TicketBook; model: Map<string, Ticket> } | null = null;
        puts.forEach((p, i) => {
          const t = ticket(p.id, p.status);
          model.set(t.id, t);
          book = book.with(t);
          if (i === keepAt) kept = { book, model: new Map(model) };
        });
        expect(book.size).toBe(model.size);
        expect([...book.keys()]).toEqual([...model.keys()]);
        expect([...book.values()]).toEqual([...model.values()]);
        for (const [id, t] of model) {
          expect(book.get(id)).toBe(t);
          expect(book.has(id)).toBe(true);
        }
        expect(book.get('t401')).toBeUndefined();
        expect(book.has('t401')).toBe(false);
        const open = [...model.values()].filter((t) => OPEN_TICKET_STATUSES.includes(t.status));
        expect([...book.open.values()]).toEqual(open);
        expect([...book.open.keys()]).toEqual(open.map((t) => t.id));
        // Persistence: a book taken earlier still reads as it did then.
        if (kept) {
          const { book: old, model: then } = kept as { book: TicketBook; model: Map<string, Ticket> };
          expect([...old.entries()]).toEqual([...then.entries()]);
        }
        // Built at once or put by put, the same tickets are the same book.
        expect(TicketBook.of(model.values())).toEqual(book);
      }),
      { numRuns: 60 },
    );
  });

  it('a ticket that leaves an open status and comes back takes its old place among the open', () => {
    let book = TicketBook.of([ticket(1, 'waiting'), ticket(2, 'waiting'), ticket(3, 'waiting')]);
    book = book.with(ticket(1, 'no_show')).with(ticket(1, 'waiting'));
    expect([...book.open.keys()]).toEqual(['t1', 't2', 't3']);
  });

  it('deep equality sees the tickets, not the structure that holds them', () => {
    const a = TicketBook.of([ticket(1, 'waiting'), ticket(2, 'done')]);
    const b = TicketBook.EMPTY.with(ticket(1, 'waiting')).with(ticket(2, 'done'));
    expect(b).toEqual(a);
    expect(b.with(ticket(2, 'cancelled'))).not.toEqual(a);
  });
});
