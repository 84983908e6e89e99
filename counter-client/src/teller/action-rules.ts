import { isCounterAway, type CounterStaffView, type TicketStaffView } from '@lobby/shared';

export const TELLER_ACTIONS = [
  'callNext',
  'recall',
  'start',
  'finish',
  'noShow',
  'suspend',
  'transfer',
  'pause',
  'callTicket',
] as const;
export type TellerAction = (typeof TELLER_ACTIONS)[number];

/** F-keys in the order tellers use them most; F8 toggles pause/resume. */
export const ACTION_SHORTCUTS: Record<TellerAction, string> = {
  callNext: 'F1',
  recall: 'F2',
  start: 'F3',
  finish: 'F4',
  noShow: 'F5',
  suspend: 'F6',
  transfer: 'F7',
  pause: 'F8',
  callTicket: 'F9',
};

export interface ActionContext {
  counter: CounterStaffView;
  /** The counter's called/serving ticket, if any. */
  ticket: TicketStaffView | null;
  recallLimit: number;
  connected: boolean;
  emergency: boolean;
}

/**
 * Which buttons are enabled: the same rules the engine enforces (calling needs an open,
 * online, free counter; recall/start/no-show need a called ticket; finish needs serving;
 * suspend and transfer work on called or serving), so a teller never presses a button
 * that can only be refused. Nothing is enabled while offline: a command would not be sent.
 */
export function allowedActions(ctx: ActionContext): Record<TellerAction, boolean> {
  const { counter, ticket, connected } = ctx;
  const mine = ticket !== null && ticket.id === counter.currentTicketId && ticket.counterId === counter.id;
  const called = mine && ticket.status === 'called';
  const serving = mine && ticket.status === 'serving';
  const canCall =
    connected && !ctx.emergency && counter.status === 'open' && counter.online && counter.currentTicketId === null;
  return {
    callNext: canCall,
    callTicket: canCall,
    recall: connected && called && ticket.recalls < ctx.recallLimit,
    start: connected && called,
    noShow: connected && called,
    finish: connected && serving,
    suspend: connected && (called || serving),
    transfer: connected && (called || serving),
    // 暂离 (in a VIP room) ends with the visit, not with F8.
    pause: connected && !isCounterAway(counter) && (counter.status === 'open' || counter.status === 'paused'),
  };
}

export function recallsLeft(ticket: TicketStaffView | null, recallLimit: number): number {
  return ticket ? Math.max(0, recallLimit - ticket.recalls) : recallLimit;
}

export type CounterDisplayState = 'idle' | 'called' | 'serving' | 'paused' | 'away' | 'closed' | 'offline';

export function counterDisplayState(counter: CounterStaffView, ticket: TicketStaffView | null): CounterDisplayState {
  if (!counter.online && counter.tellerId !== null) return 'offline';
  if (counter.status === 'closed') return 'closed';
  if (ticket?.status === 'serving') return 'serving';
  if (ticket?.status === 'called') return 'called';
  if (isCounterAway(counter)) return 'away';
  return counter.status === 'paused' ? 'paused' : 'idle';
}
