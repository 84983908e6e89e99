import {
  toPublicTicket,
  type Alert,
  type EstimatesView,
  type PublicSnapshot,
  type StaffSnapshot,
  type VipRoomView,
} from '@lobby/shared';
import { laneStats, toCounterPublicView, toCounterStaffView, toStaffTicket } from '../engine/index.ts';
import type { EngineState } from '../engine/types.ts';
import type { Forecast } from '../engine/estimate/forecast.ts';

/** Full pictures for (re)connecting clients; the public one is built only from public projections. */
export function staffSnapshot(
  state: EngineState,
  seq: number,
  now: number,
  forecast: Forecast | null,
  extras: { alerts: Alert[]; staff: StaffSnapshot['staff']; estimates: EstimatesView | null },
): StaffSnapshot {
  return {
    audience: 'staff',
    ...snapshotBase(state, seq, now, forecast, extras.estimates),
    tickets: [...state.tickets.values()].map(toStaffTicket),
    counters: [...state.counters.values()]
      .filter((c) => hasCounter(state, c.id))
      .map((c) => toCounterStaffView(state, c)),
    vipRooms: vipRooms(state),
    alerts: extras.alerts,
    staff: extras.staff,
  };
}

export function publicSnapshot(
  state: EngineState,
  seq: number,
  now: number,
  forecast: Forecast | null,
  estimates: EstimatesView | null,
): PublicSnapshot {
  return {
    audience: 'public',
    ...snapshotBase(state, seq, now, forecast, estimates),
    tickets: [...state.tickets.open.values()].map(toPublicTicket),
    counters: [...state.counters.values()]
      .filter((c) => hasCounter(state, c.id))
      .map((c) => toCounterPublicView(state, c)),
  };
}

/** What every audience's snapshot carries alike. */
function snapshotBase(
  state: EngineState,
  seq: number,
  now: number,
  forecast: Forecast | null,
  estimates: EstimatesView | null,
) {
  return {
    seq,
    businessDate: state.businessDate,
    serverTime: now,
    config: state.config,
    lanes: laneStats(state, now, forecast),
    estimates,
    recentCalls: [...state.recentCalls],
    emergency: state.emergency,
    lastMessage: state.lastMessage,
  };
}

function hasCounter(state: EngineState, id: string): boolean {
  return state.config.counters.some((c) => c.id === id);
}

function vipRooms(state: EngineState): VipRoomView[] {
  const active = [...state.vipVisits.values()].filter((v) => v.status !== 'finished');
  return state.config.vipRooms.map((room) => ({
    id: room.id,
    name: room.name,
    visit: active.find((v) => v.roomId === room.id) ?? null,
  }));
}
