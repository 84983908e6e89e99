import { describe, expect, it } from 'vitest';
import { allowedActions, counterDisplayState, recallsLeft, type TellerAction } from './action-rules.ts';
import { counterView, ticketView } from '../test/fixtures.ts';

const enabled = (r: Record<TellerAction, boolean>) => (Object.keys(r) as TellerAction[]).filter((k) => r[k]).sort();
const ctx = { recallLimit: 2, connected: true, emergency: false };

describe('allowedActions', () => {
  it('an idle open counter may call (next or specific) and pause, nothing else', () => {
    expect(enabled(allowedActions({ ...ctx, counter: counterView({ id: 'c2' }), ticket: null }))).toEqual([
      'callNext',
      'callTicket',
      'pause',
    ]);
  });

  it('a called ticket may be recalled, started, marked no-show, suspended or transferred, not finished', () => {
    const ticket = ticketView({ id: 't1', status: 'called', counterId: 'c2', recalls: 1 });
    const counter = counterView({ id: 'c2', currentTicketId: 't1' });
    expect(enabled(allowedActions({ ...ctx, counter, ticket }))).toEqual([
      'noShow',
      'pause',
      'recall',
      'start',
      'suspend',
      'transfer',
    ]);
  });

  it('recall is disabled once the recall limit is reached', () => {
    const ticket = ticketView({ id: 't1', status: 'called', counterId: 'c2', recalls: 2 });
    const r = allowedActions({ ...ctx, counter: counterView({ id: 'c2', currentTicketId: 't1' }), ticket });
    expect(r.recall).toBe(false);
    expect(r.noShow).toBe(true);
    expect(recallsLeft(ticket, 2)).toBe(0);
  });

  it('a serving ticket may be finished, suspended or transferred; calling is blocked while busy', () => {
    const ticket = ticketView({ id: 't1', status: 'serving', counterId: 'c2' });
    const r = allowedActions({ ...ctx, counter: counterView({ id: 'c2', currentTicketId: 't1' }), ticket });
    expect(enabled(r)).toEqual(['finish', 'pause', 'suspend', 'transfer']);
  });

  it('a paused counter cannot call but can resume (the pause button toggles)', () => {
    const r = allowedActions({
      ...ctx,
      counter: counterView({ id: 'c2', status: 'paused', pauseReason: 'break' }),
      ticket: null,
    });
    expect(enabled(r)).toEqual(['pause']);
  });

  it('an offline counter, an emergency or a lost connection stop calling', () => {
    expect(allowedActions({ ...ctx, counter: counterView({ id: 'c2', online: false }), ticket: null }).callNext).toBe(
      false,
    );
    expect(allowedActions({ ...ctx, emergency: true, counter: counterView({ id: 'c2' }), ticket: null }).callNext).toBe(
      false,
    );
    expect(
      enabled(allowedActions({ ...ctx, connected: false, counter: counterView({ id: 'c2' }), ticket: null })),
    ).toEqual([]);
  });

  it('a ticket that is not this counter’s current one enables nothing ticket-related', () => {
    const ticket = ticketView({ id: 't9', status: 'called', counterId: 'c3' });
    const r = allowedActions({ ...ctx, counter: counterView({ id: 'c2', currentTicketId: 't1' }), ticket });
    expect(enabled(r)).toEqual(['pause']);
  });
});

describe('counterDisplayState', () => {
  it('names the state the teller sees', () => {
    expect(counterDisplayState(counterView({ id: 'c2' }), null)).toBe('idle');
    expect(counterDisplayState(counterView({ id: 'c2', status: 'paused' }), null)).toBe('paused');
    expect(counterDisplayState(counterView({ id: 'c2', status: 'closed', tellerId: null }), null)).toBe('closed');
    expect(counterDisplayState(counterView({ id: 'c2', online: false }), null)).toBe('offline');
    expect(counterDisplayState(counterView({ id: 'c2' }), ticketView({ id: 't', status: 'serving' }))).toBe('serving');
    expect(counterDisplayState(counterView({ id: 'c2' }), ticketView({ id: 't', status: 'called' }))).toBe('called');
  });
});
