import { toPublicCounter, type CounterPublicView, type CounterStaffView, type TicketStaffView } from '@lobby/shared';
import type { CounterRuntime, EngineState, Ticket } from './types.ts';

/** Staff projection: the ticket minus its mobile-page token. */
export function toStaffTicket(t: Ticket): TicketStaffView {
  const { token: _token, ...view } = t;
  return view;
}

export function toCounterStaffView(state: EngineState, c: CounterRuntime): CounterStaffView {
  const cfg = state.config.counters.find((k) => k.id === c.id);
  return {
    id: c.id,
    number: cfg?.number ?? 0,
    name: cfg?.name ?? { zh: c.id, en: c.id },
    zoneId: cfg?.zoneId ?? '',
    laneIds: [...c.laneIds],
    status: c.status,
    pauseReason: c.pauseReason,
    tellerId: c.tellerId,
    tellerName: c.tellerName,
    online: c.online,
    currentTicketId: c.currentTicketId,
    idleSince: c.idleSince,
  };
}

export function toCounterPublicView(state: EngineState, c: CounterRuntime): CounterPublicView {
  const current = c.currentTicketId ? state.tickets.get(c.currentTicketId) : undefined;
  return toPublicCounter(toCounterStaffView(state, c), current?.number ?? null);
}
