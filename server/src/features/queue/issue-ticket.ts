import {
  fail,
  toPublicTicket,
  type Ack,
  type IssuedTicket,
  type IssueChannel,
  type ParsedCommand,
  type Principal,
} from '@lobby/shared';
import type { AppContext } from '../../app/context.ts';
import type { CommandVia } from '../../app/feature.ts';
import { newId, newToken } from '../../auth/tokens.ts';
import { newTicketForecast, type Forecast } from '../../engine/index.ts';
import type { EngineState } from '../../engine/types.ts';

/**
 * Ticket issue — the same use case for the kiosk socket, the lobby console and the
 * integrator REST API. A VIP identifier is re-looked-up here (never trusted from the
 * client), routes the ticket into the VIP lane with the tier, and only its HMAC is kept.
 */
export function issueTicket(
  ctx: AppContext,
  principal: Principal,
  p: ParsedCommand<'ticket:issue'>,
  via: CommandVia,
): Ack<IssuedTicket> | Promise<Ack<IssuedTicket>> {
  const channel: IssueChannel = via === 'rest' ? 'api' : principal.role === 'kiosk' ? 'kiosk' : 'lobby';
  let laneId = p.laneId;
  let vipTierId: string | null = null;
  let identifierHash: string | null = null;
  if (p.vipIdentifier !== null) {
    const vip = ctx.store.vip.lookup(p.vipIdentifier);
    if (!vip) return fail('NOT_FOUND', 'VIP card or phone number not recognised');
    laneId = ctx.config().vipLaneId ?? laneId;
    vipTierId = vip.tierId;
    identifierHash = vip.hash;
  }
  const ticketId = newId('tkt');
  // 128-bit random: the mobile page URL is the only thing that grants access to it.
  const token = newToken(16);
  const now = ctx.clock();
  return ctx.queue.executeEngine(
    principal,
    p.requestId,
    {
      type: 'ticket:issue',
      actorId: principal.id,
      ticketId,
      token,
      laneId,
      businessTypeId: p.businessTypeId,
      priorityGroupId: p.priorityGroupId,
      vipTierId,
      channel,
    },
    (state) => issuedTicket(state, ticketId, ctx.forecasts.current()),
    identifierHash === null ? undefined : (store) => store.vip.linkTicket(ticketId, identifierHash, now),
  );
}

/**
 * What the ticket prints, at once and without a forecast on the commit path: the latest
 * forecast's figure for a ticket issued now into its lane with its priority group and VIP
 * tier — the very figure the kiosk's confirm screen showed. The ticket's own forecast
 * follows within a refresh (estimates:updated, the mobile page, the display).
 */
export function issuedTicket(state: EngineState, ticketId: string, forecast: Forecast | null): IssuedTicket {
  const t = state.tickets.get(ticketId);
  if (!t) throw new Error('issued ticket missing from state');
  const next = newTicketForecast(forecast, t.laneId, t.priorityGroupId, t.vipTierId);
  return {
    ticket: toPublicTicket(t),
    laneId: t.laneId,
    businessTypeId: t.businessTypeId,
    ahead: next?.ahead ?? null,
    estimate: next?.estimate ?? null,
    issuedAt: t.issuedAt,
    mobilePath: `/t/${t.token}`,
    vipTierId: t.vipTierId,
  };
}
