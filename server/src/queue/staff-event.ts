import type { StaffQueueEvent, LaneStats } from '@lobby/shared';
import { toCounterStaffView, toStaffTicket } from '../engine/index.ts';
import type { EngineEvent, EngineState } from '../engine/types.ts';

/**
 * The staff wire event for one engine event: post-state of everything it touched, so
 * clients upsert instead of replaying logic. This is what the event log stores.
 */
export function toStaffEvent(e: EngineEvent, seq: number, state: EngineState, lanes: LaneStats[]): StaffQueueEvent {
  const event: StaffQueueEvent = {
    seq,
    type: e.type,
    at: e.at,
    businessDate: state.businessDate,
    lanes,
    audience: 'staff',
    actorId: e.actorId,
    reason: e.reason,
  };
  const tickets = e.ticketIds.flatMap((id) => {
    const t = state.tickets.get(id);
    return t ? [toStaffTicket(t)] : [];
  });
  if (tickets.length === 1) event.ticket = tickets[0];
  else if (tickets.length > 1) event.tickets = tickets;
  const counter = e.counterId ? state.counters.get(e.counterId) : undefined;
  if (counter) event.counter = toCounterStaffView(state, counter);
  const visit = e.vipVisitId ? state.vipVisits.get(e.vipVisitId) : undefined;
  if (visit) event.vipVisit = visit;
  if (e.call) event.call = e.call;
  if (e.type === 'emergency:started' || e.type === 'emergency:ended') event.emergency = state.emergency;
  if (e.type === 'hall:broadcasted' && state.lastMessage) event.message = state.lastMessage;
  if (e.type === 'config:changed') event.config = state.config;
  if (e.booking) event.booking = e.booking;
  return event;
}
