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
import { positionOf } from '../../engine/index.ts';
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
    (state, _events, at) => issuedTicket(state, ticketId, at),
    identifierHash === null ? {} : { persist: (store) => store.vip.linkTicket(ticketId, identifierHash, now) },
  );
}

export function issuedTicket(state: EngineState, ticketId: string, now: number): IssuedTicket {
  const t = state.tickets.get(ticketId);
  if (!t) throw new Error('issued ticket missing from state');
  const pos = positionOf(state, ticketId, now);
  return {
    ticket: toPublicTicket(t),
    laneId: t.laneId,
    businessTypeId: t.businessTypeId,
    ahead: pos.ahead,
    estimate: pos.estimate,
    issuedAt: t.issuedAt,
    mobilePath: `/t/${t.token}`,
    vipTierId: t.vipTierId,
  };
}
