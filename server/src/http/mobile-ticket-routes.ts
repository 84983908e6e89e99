import { fail, TICKET_ROUTES, type MobileTicketView } from '@lobby/shared';
import type { Router } from 'express';
import type { AppContext } from '../context/app-context.ts';
import { ticketForecast, type Forecast } from '../engine/index.ts';
import type { EngineState, Ticket } from '../engine/types.ts';
import { RestRouter } from './rest-router.ts';

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** The customer's own ticket by its unguessable token: number, status, position — no customer data. */
export function mobileTicketView(ctx: AppContext, token: string): MobileTicketView | null {
  if (!TOKEN.test(token)) return null;
  const state = ctx.queue.current;
  const live = [...state.tickets.values()].find((t) => t.token === token);
  const ticket = live ?? ctx.store.engineState.ticketByToken(token);
  return ticket ? toMobileView(state, ticket, live !== undefined, ctx.forecasts.current()) : null;
}

function toMobileView(state: EngineState, t: Ticket, live: boolean, forecast: Forecast | null): MobileTicketView {
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
  };
}

export function mobileTicketRoutes(ctx: AppContext): Router {
  const rest = new RestRouter(ctx);
  rest.add(TICKET_ROUTES.mobileView, ({ params, res }) => {
    const view = mobileTicketView(ctx, params.token);
    if (!view) return fail('NOT_FOUND');
    res.set('Cache-Control', 'no-store');
    return { ok: true, data: view };
  });
  return rest.router;
}
