import type { ErrorCode } from '@lobby/shared';
import type { Draft } from '../draft.ts';
import type { EngineCommand, EngineCommandType, Ticket, CounterRuntime } from '../types.ts';

export interface Refusal {
  code: ErrorCode;
  message?: string;
}

/** A handler applies one command to the draft, or says why it may not. */
export type Handler<T extends EngineCommandType> = (
  d: Draft,
  cmd: Extract<EngineCommand, { type: T }>,
) => Refusal | void;

export function refuse(code: ErrorCode, message?: string): Refusal {
  return message === undefined ? { code } : { code, message };
}

export function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && 'code' in x;
}

export function findTicket(d: Draft, id: string): Ticket | Refusal {
  return d.ticket(id) ?? refuse('NOT_FOUND', 'ticket');
}

export function findCounter(d: Draft, id: string): CounterRuntime | Refusal {
  return d.counter(id) ?? refuse('NOT_FOUND', 'counter');
}

/** The counter's current called/serving ticket. */
export function currentTicket(d: Draft, counter: CounterRuntime): Ticket | Refusal {
  if (!counter.currentTicketId) return refuse('COUNTER_IDLE');
  return d.ticket(counter.currentTicketId) ?? refuse('COUNTER_IDLE');
}
