/**
 * The lane figures and estimates the public sees (docs/domain.md §6). Counting is cheap and done
 * as of any state (inside the commit too); the estimates come from the latest wait
 * forecast (`estimate/forecast.ts`), which is computed off the commit path and may
 * describe a state a few commands older (features/estimates refreshes it after commits).
 */
import type { EstimatesView, LaneStats, WaitEstimate } from '@lobby/shared';
import type { EngineState, Ticket } from './types.ts';
import { probeKey, type Forecast, type WaitForecast } from './estimate/forecast.ts';

/** The printed figure of a forecast: the point rounded to minutes, the range around it. */
export function toWaitEstimate(f: WaitForecast): WaitEstimate | null {
  const w = f.wait;
  if (!w) return null;
  const pointMin = w.aboutNow ? 0 : Math.round(w.pointMin);
  return {
    pointMin,
    lowMin: w.aboutNow ? 0 : Math.min(w.lowMin, pointMin),
    highMin: w.aboutNow ? Math.max(1, w.highMin) : Math.max(w.highMin, pointMin),
    aboutNow: w.aboutNow,
  };
}

/** What a ticket issued now into the lane (with this group and tier) is told, from the forecast. */
export function newTicketForecast(
  forecast: Forecast | null,
  laneId: string,
  priorityGroupId: string | null,
  vipTierId: string | null,
): { ahead: number; estimate: WaitEstimate | null } | null {
  const f = forecast?.probes.get(probeKey(laneId, priorityGroupId, vipTierId));
  return f ? { ahead: f.ahead, estimate: toWaitEstimate(f) } : null;
}

/**
 * A waiting ticket's own forecast. Issued after the forecast was made, it has none yet: it
 * then has what it was printed, the forecast's figure for a new ticket of its kind.
 */
export function ticketForecast(
  forecast: Forecast | null,
  ticket: Pick<Ticket, 'id' | 'laneId' | 'priorityGroupId' | 'vipTierId' | 'issuedAt'>,
): { ahead: number; estimate: WaitEstimate | null } | null {
  const f = forecast?.tickets.get(ticket.id);
  if (f) return { ahead: f.ahead, estimate: toWaitEstimate(f) };
  if (forecast && ticket.issuedAt >= forecast.at)
    return newTicketForecast(forecast, ticket.laneId, ticket.priorityGroupId, ticket.vipTierId);
  return null;
}

export function laneStats(state: EngineState, now: number, forecast: Forecast | null): LaneStats[] {
  const waiting = new Map<string, number>();
  const oldest = new Map<string, number>();
  for (const t of state.tickets.open.values()) {
    if (t.status !== 'waiting') continue;
    waiting.set(t.laneId, (waiting.get(t.laneId) ?? 0) + 1);
    oldest.set(t.laneId, Math.min(oldest.get(t.laneId) ?? Infinity, t.issuedAt));
  }
  return state.config.lanes.map((lane) => {
    const rt = state.lanes[lane.id];
    const next = newTicketForecast(forecast, lane.id, null, null);
    const since = oldest.get(lane.id);
    return {
      laneId: lane.id,
      waiting: waiting.get(lane.id) ?? 0,
      longestWaitMs: since === undefined ? 0 : Math.max(0, now - since),
      estimate: next?.estimate ?? null,
      ahead: next?.ahead ?? null,
      paused: rt?.paused ?? false,
      issuedToday: rt?.issued ?? 0,
    };
  });
}

/** The forecast as the public projection carries it (`estimates:updated`, snapshots). */
export function estimatesView(state: EngineState, seq: number, forecast: Forecast): EstimatesView {
  const newTickets: EstimatesView['newTickets'] = [];
  for (const spec of forecast.probeSpecs) {
    const f = forecast.probes.get(spec.key);
    const estimate = f ? toWaitEstimate(f) : null;
    if (!f || !estimate) continue;
    const { laneId, priorityGroupId, vipTierId } = spec;
    newTickets.push({ laneId, priorityGroupId, vipTierId, ahead: f.ahead, estimate });
  }
  return {
    at: forecast.at,
    seq,
    lanes: laneStats(state, forecast.at, forecast),
    newTickets,
    tickets: [...forecast.tickets].flatMap(([ticketId, f]) => {
      const estimate = toWaitEstimate(f);
      return estimate ? [{ ticketId, ahead: f.ahead, estimate }] : [];
    }),
  };
}
