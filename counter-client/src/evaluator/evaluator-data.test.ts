import { describe, expect, it } from 'vitest';
import type { CounterPublicView, PublicQueueEvent, TicketPublicView } from '@lobby/shared';
import { applyEvaluatorEvent, emptyEvaluatorData } from './evaluator-data.ts';
import { promptSecondsLeft, RATING_TIMEOUT_MS } from './rating-timeout.ts';

const counter = (id: string, currentNumber: string | null): CounterPublicView => ({
  id,
  number: 2,
  name: { zh: '2号窗口', en: 'Counter 2' },
  zoneId: 'soft',
  laneIds: ['A'],
  status: 'open',
  away: false,
  currentNumber,
});
const ticket = (id: string, counterId: string, status: TicketPublicView['status']): TicketPublicView => ({
  id,
  number: id.toUpperCase(),
  laneId: 'A',
  status,
  counterId,
  calledAt: 1,
});
const event = (seq: number, type: PublicQueueEvent['type'], over: Partial<PublicQueueEvent>): PublicQueueEvent => ({
  audience: 'public',
  seq,
  type,
  at: 0,
  businessDate: '2026-11-24',
  lanes: [],
  ...over,
});

describe('applyEvaluatorEvent', () => {
  const bound = { ...emptyEvaluatorData(), counterId: 'c2' };

  it('opens a rating prompt for a ticket finished at this counter', () => {
    const next = applyEvaluatorEvent(
      bound,
      event(1, 'ticket:finished', { ticket: ticket('a1', 'c2', 'done'), counter: counter('c2', null) }),
      100,
    );
    expect(next.prompt).toEqual({ ticketId: 'a1', number: 'A1', openedAt: 100, servedBy: null });
    expect(next.seq).toBe(1);
    expect(next.counters.c2?.currentNumber).toBeNull();
  });

  it('ignores finishes at other counters', () => {
    const next = applyEvaluatorEvent(
      bound,
      event(1, 'ticket:finished', { ticket: ticket('a1', 'c3', 'done'), counter: counter('c3', null) }),
      100,
    );
    expect(next.prompt).toBeNull();
  });

  it('the next call at this counter closes an unanswered prompt (the customer left unrated)', () => {
    const prompted = applyEvaluatorEvent(
      bound,
      event(1, 'ticket:finished', { ticket: ticket('a1', 'c2', 'done') }),
      100,
    );
    const next = applyEvaluatorEvent(
      prompted,
      event(2, 'ticket:called', { ticket: ticket('a2', 'c2', 'called'), counter: counter('c2', 'A2') }),
      200,
    );
    expect(next.prompt).toBeNull();
    expect(next.counters.c2?.currentNumber).toBe('A2');
  });

  it('an unbound evaluator never prompts', () => {
    const next = applyEvaluatorEvent(
      emptyEvaluatorData(),
      event(1, 'ticket:finished', { ticket: ticket('a1', 'c2', 'done') }),
      100,
    );
    expect(next.prompt).toBeNull();
  });
});

describe('promptSecondsLeft', () => {
  it('counts down to zero from the timeout', () => {
    const prompt = { ticketId: 't', number: 'A1', openedAt: 1_000, servedBy: null };
    expect(promptSecondsLeft(prompt, 1_000)).toBe(RATING_TIMEOUT_MS / 1000);
    expect(promptSecondsLeft(prompt, 1_000 + RATING_TIMEOUT_MS - 1_500)).toBe(2);
    expect(promptSecondsLeft(prompt, 1_000 + RATING_TIMEOUT_MS + 5_000)).toBe(0);
  });
});
