import type { MobileTicketView } from '@lobby/shared';
import { ticketForecast, type Forecast } from '../engine/index.ts';
import type { EngineState, Ticket } from '../engine/types.ts';
import type { EngineStateStore } from '../store/engine-state-store.ts';

/** What the view reads: the live state, the stored tickets of past days, the wait forecast (the AppContext has them). */
export interface TicketSources {
  readonly queue: { readonly current: EngineState };
  readonly store: { readonly engineState: Pick<EngineStateStore, 'ticketByToken'> };
  readonly forecasts: { current(): Forecast | null };
  readonly clock: () => number;
}

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** The customer's own ticket by its unguessable token: number, status, position — no customer data. */
export function mobileTicketView(ctx: TicketSources, token: string): MobileTicketView | null {
  if (!TOKEN.test(token)) return null;
  const state = ctx.queue.current;
  const live = [...state.tickets.values()].find((t) => t.token === token);
  const ticket = live ?? ctx.store.engineState.ticketByToken(token);
  return ticket ? toMobileView(state, ticket, live !== undefined, ctx.forecasts.current(), ctx.clock()) : null;
}

function toMobileView(
  state: EngineState,
  t: Ticket,
  live: boolean,
  forecast: Forecast | null,
  asOf: number,
): MobileTicketView {
  const { config } = state;
  const lane = config.lanes.find((l) => l.id === t.laneId);
  const business = config.businessTypes.find((b) => b.id === t.businessTypeId);
  const counter = t.counterId ? config.counters.find((c) => c.id === t.counterId) : undefined;
  const pos = live && t.status === 'waiting' ? ticketForecast(forecast, t) : null;
  return {
    number: t.number,
    laneName: lane?.name ?? { zh: t.laneId, en: t.laneId },
    businessTypeName: business?.name ?? { zh: t.businessTypeId, en: t.businessTypeId },
    status: t.status,
    counterNumber: counter?.number ?? null,
    counterName: counter?.name ?? null,
    ahead: pos ? pos.ahead : null,
    estimate: pos ? pos.estimate : null,
    issuedAt: t.issuedAt,
    businessDate: t.businessDate,
    branchName: config.branch.name,
    timeZone: config.hours.timeZone,
    remote: t.remote
      ? {
          activated: t.remote.activatedAt !== null,
          lapsesAt:
            t.remote.activatedAt === null && t.remote.passedAt !== null
              ? t.remote.passedAt + config.remoteQueue.graceMin * 60_000
              : null,
          lapsed: t.outcome === 'lapsed',
        }
      : null,
    appointment: t.appointment ? { slotStart: t.appointment.slotStart, onTime: t.appointment.onTime } : null,
    asOf,
  };
}
