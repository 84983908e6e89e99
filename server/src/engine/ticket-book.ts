import { OPEN_TICKET_STATUSES } from '@lobby/shared';
import type { Ticket } from './types.ts';

/** Tickets per chunk: a write copies one chunk and the spine of chunk pointers. */
const CHUNK = 64;
/** New ids stay in a small index until this many, then fold into the shared one. */
const RECENT_MAX = 128;

const isOpen = (t: Ticket): boolean => OPEN_TICKET_STATUSES.includes(t.status);

/** Position of each ticket: a big shared index plus the ids added since it was built. */
interface Positions {
  readonly folded: ReadonlyMap<string, number>;
  readonly recent: ReadonlyMap<string, number>;
}

const position = (p: Positions, id: string): number | undefined => p.recent.get(id) ?? p.folded.get(id);

/**
 * The day's tickets, persistent: a command's state shares every ticket it did not write with
 * the state before it. A plain Map had to be copied whole on each command's first write —
 * O(tickets of the day) per command, the cost that made a busy day's commands slow down as the
 * day went on. Here a write copies one chunk of 64 and the chunk spine, a new id a small index
 * (folded into the big one every 128 ids). Iteration keeps insertion order, as a Map's does;
 * `open` holds the tickets still in an open status, in the same order, so the per-command scans
 * (who waits, who was called) read a few dozen tickets, not the whole day.
 *
 * Tickets are never deleted one by one: a new business date starts from `TicketBook.EMPTY`.
 */
export class TicketBook implements ReadonlyMap<string, Ticket> {
  static readonly EMPTY = new TicketBook([], { folded: new Map(), recent: new Map() }, new Map(), 0);

  static of(tickets: Iterable<Ticket>): TicketBook {
    const all = [...new Map([...tickets].map((t) => [t.id, t])).values()];
    const chunks: Ticket[][] = [];
    for (let i = 0; i < all.length; i += CHUNK) chunks.push(all.slice(i, i + CHUNK));
    const folded = new Map(all.map((t, i) => [t.id, i]));
    const open = new Map(all.filter(isOpen).map((t) => [t.id, t]));
    return new TicketBook(chunks, { folded, recent: new Map() }, open, all.length);
  }

  // Private fields (#) keep the structure out of deep equality: two books holding the same
  // tickets compare equal however they were built.
  readonly #chunks: readonly (readonly Ticket[])[];
  readonly #positions: Positions;
  readonly #open: ReadonlyMap<string, Ticket>;
  readonly #size: number;

  private constructor(
    chunks: readonly (readonly Ticket[])[],
    positions: Positions,
    open: ReadonlyMap<string, Ticket>,
    size: number,
  ) {
    this.#chunks = chunks;
    this.#positions = positions;
    this.#open = open;
    this.#size = size;
  }

  get size(): number {
    return this.#size;
  }

  /** The tickets in an open status (OPEN_TICKET_STATUSES), in the book's order. */
  get open(): ReadonlyMap<string, Ticket> {
    return this.#open;
  }

  get(id: string): Ticket | undefined {
    const at = position(this.#positions, id);
    return at === undefined ? undefined : this.#chunks[Math.floor(at / CHUNK)]![at % CHUNK];
  }

  has(id: string): boolean {
    return position(this.#positions, id) !== undefined;
  }

  /** This book with `t` added (a new id goes last) or replacing the ticket of its id. */
  with(t: Ticket): TicketBook {
    const at = position(this.#positions, t.id);
    if (at === undefined) return this.#append(t);
    const c = Math.floor(at / CHUNK);
    const chunk = [...this.#chunks[c]!];
    chunk[at % CHUNK] = t;
    const chunks = [...this.#chunks];
    chunks[c] = chunk;
    return new TicketBook(chunks, this.#positions, this.#openWith(t, at), this.#size);
  }

  #append(t: Ticket): TicketBook {
    const at = this.#size;
    const chunks = [...this.#chunks];
    const last = at % CHUNK === 0 ? [] : [...chunks.pop()!];
    last.push(t);
    chunks.push(last);
    const recent = new Map(this.#positions.recent).set(t.id, at);
    const positions =
      recent.size > RECENT_MAX
        ? { folded: new Map([...this.#positions.folded, ...recent]), recent: new Map<string, number>() }
        : { folded: this.#positions.folded, recent };
    const open = isOpen(t) ? new Map(this.#open).set(t.id, t) : this.#open;
    return new TicketBook(chunks, positions, open, at + 1);
  }

  #openWith(t: Ticket, at: number): ReadonlyMap<string, Ticket> {
    const was = this.#open.has(t.id);
    if (!isOpen(t)) {
      if (!was) return this.#open;
      const open = new Map(this.#open);
      open.delete(t.id);
      return open;
    }
    if (was) return new Map(this.#open).set(t.id, t);
    // A ticket open again (a recalled no-show): keep the open tickets in the book's order.
    const open = new Map(this.#open).set(t.id, t);
    const lastId = [...this.#open.keys()].at(-1);
    const lastAt = lastId === undefined ? -1 : position(this.#positions, lastId)!;
    if (lastAt < at) return open;
    const ordered = [...open.values()].sort(
      (a, b) => position(this.#positions, a.id)! - position(this.#positions, b.id)!,
    );
    return new Map(ordered.map((x) => [x.id, x]));
  }

  *values(): MapIterator<Ticket> {
    for (const chunk of this.#chunks) yield* chunk;
  }

  *keys(): MapIterator<string> {
    for (const chunk of this.#chunks) for (const t of chunk) yield t.id;
  }

  *entries(): MapIterator<[string, Ticket]> {
    for (const chunk of this.#chunks) for (const t of chunk) yield [t.id, t];
  }

  [Symbol.iterator](): MapIterator<[string, Ticket]> {
    return this.entries();
  }

  forEach(fn: (value: Ticket, key: string, map: ReadonlyMap<string, Ticket>) => void, thisArg?: unknown): void {
    for (const chunk of this.#chunks) for (const t of chunk) fn.call(thisArg, t, t.id, this);
  }
}
