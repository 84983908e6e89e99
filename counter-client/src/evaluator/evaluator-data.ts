import type { BranchConfig, CounterPublicView, EvaluatorTeller, PublicQueueEvent, PublicSnapshot } from '@lobby/shared';

/** A finished service at this counter that the customer may rate. */
export interface RatingPrompt {
  ticketId: string;
  number: string;
  /** Local time the prompt opened; it times out as unrated. */
  openedAt: number;
  /** The teller who served this ticket (its record, asked of the server); null until known. */
  servedBy: EvaluatorTeller | null;
}

/** The evaluator's public view: the counters and the rating prompt. No customer data. */
export interface EvaluatorData {
  seq: number;
  config: BranchConfig | null;
  /** The counter this device is bound to (from the server's principal). */
  counterId: string | null;
  counters: Record<string, CounterPublicView>;
  prompt: RatingPrompt | null;
}

export function emptyEvaluatorData(): EvaluatorData {
  return { seq: 0, config: null, counterId: null, counters: {}, prompt: null };
}

export function evaluatorFromSnapshot(data: EvaluatorData, snapshot: PublicSnapshot): EvaluatorData {
  const counters: Record<string, CounterPublicView> = {};
  for (const c of snapshot.counters) counters[c.id] = c;
  return { ...data, seq: snapshot.seq, config: snapshot.config, counters };
}

/** A finish at this counter opens a prompt for that ticket; the next call closes an unanswered one. */
export function applyEvaluatorEvent(data: EvaluatorData, event: PublicQueueEvent, localNow: number): EvaluatorData {
  const next: EvaluatorData = { ...data, seq: event.seq };
  if (event.config) next.config = event.config;
  if (event.counter) next.counters = { ...data.counters, [event.counter.id]: event.counter };
  const ticket = event.ticket;
  const here =
    data.counterId !== null &&
    ticket !== undefined &&
    (ticket.counterId === data.counterId || event.counter?.id === data.counterId);
  if (event.type === 'ticket:finished' && here && ticket) {
    next.prompt = { ticketId: ticket.id, number: ticket.number, openedAt: localNow, servedBy: null };
  } else if (event.type === 'ticket:called' && here && data.prompt && data.prompt.ticketId !== ticket?.id) {
    // The next customer is at the counter: the previous one left without rating.
    next.prompt = null;
  }
  return next;
}
