import type { CounterStaffView, LaneStats, TicketStaffView, VipVisitView } from '@lobby/shared';
import { laneStats, toCounterStaffView, toStaffTicket } from '../../engine/index.ts';
import type { EngineEvent, EngineState } from '../../engine/types.ts';

/** Ack payloads read from the post-state; they are stored with the ack for idempotent replays. */
export function counterResult(counterId: string) {
  return (state: EngineState): CounterStaffView => {
    const c = state.counters.get(counterId);
    if (!c) throw new Error(`counter ${counterId} vanished after a successful command`);
    return toCounterStaffView(state, c);
  };
}

function namedTicket(state: EngineState, events: EngineEvent[], naming: (e: EngineEvent) => boolean): TicketStaffView {
  const id = events.find(naming)?.ticketIds[0];
  const t = id ? state.tickets.get(id) : undefined;
  if (!t) throw new Error('ticket command succeeded without naming a ticket');
  return toStaffTicket(t);
}

/** The ticket the command acted on: the first ticket its events name. */
export const ticketResult = (state: EngineState, events: EngineEvent[]): TicketStaffView =>
  namedTicket(state, events, (e) => e.ticketIds.length > 0);

/**
 * The ticket a call called. A call may first pass over phone tickets whose customers are not
 * in the hall (`ticket:passed`): the first ticket named is then not the one called.
 */
export const calledTicketResult = (state: EngineState, events: EngineEvent[]): TicketStaffView =>
  namedTicket(state, events, (e) => e.type === 'ticket:called');

/** A paused or resumed lane's counts (no estimate: the forecast is redone after the commit, never in it). */
export function laneResult(laneId: string) {
  return (state: EngineState, _events: EngineEvent[], now: number): LaneStats => {
    const stats = laneStats(state, now, null).find((l) => l.laneId === laneId);
    if (!stats) throw new Error(`lane ${laneId} vanished after a successful command`);
    return stats;
  };
}

export function visitResult(visitId: string) {
  return (state: EngineState): VipVisitView => {
    const v = state.vipVisits.get(visitId);
    if (!v) throw new Error(`VIP visit ${visitId} missing after a successful command`);
    return v;
  };
}
