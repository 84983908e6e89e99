import {
  fail,
  isRestrictedLane,
  toPublicTicket,
  type Ack,
  type Failure,
  type IssuedTicket,
  type IssueChannel,
  type ParsedCommand,
  type Principal,
} from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import type { CommandVia } from '../../context/feature.ts';
import { newId, newToken } from '../../auth/tokens.ts';
import { decide, newTicketForecast, type Forecast } from '../../engine/index.ts';
import { openVipProof } from '../vip/vip-proof.ts';
import type { EngineState } from '../../engine/types.ts';

/**
 * Ticket issue — the same use case for the kiosk socket, the lobby console and the
 * integrator REST API. The VIP lane, and every lane the configuration marks restricted,
 * take a staff issuer or a kiosk's proof from vip:lookup (its own, unexpired, unused). A
 * staff issuer may type the VIP number instead; it is re-looked-up here, never trusted
 * from the client, and only its HMAC is kept. Everything is decided inside the batch, on
 * the state (and config) the batch has reached; a retry of the same requestId gets the
 * stored answer before any of it.
 */
export function issueTicket(
  ctx: AppContext,
  principal: Principal,
  p: ParsedCommand<'ticket:issue'>,
  via: CommandVia,
): Promise<Ack<IssuedTicket>> {
  const channel: IssueChannel = via === 'rest' ? 'api' : principal.role === 'kiosk' ? 'kiosk' : 'lobby';
  const staffIssuer = principal.role === 'lobby' || principal.role === 'admin';
  const ticketId = newId('tkt');
  // 128-bit random: the mobile page URL is the only thing that grants access to it.
  const token = newToken(16);
  return ctx.queue.execute({
    principal,
    requestId: p.requestId,
    command: 'ticket:issue',
    decide: (state, now) => {
      const vip = vipOfRequest(ctx, principal, p, staffIssuer, now);
      if ('code' in vip) return vip;
      const laneId = vip.tierId !== null ? (state.config.vipLaneId ?? p.laneId) : p.laneId;
      if (vip.tierId === null && !staffIssuer && isRestrictedLane(state.config, laneId))
        return fail('VIP_PROOF_INVALID', 'this lane takes verified VIPs or a staff issuer');
      const decided = decide(
        state,
        {
          type: 'ticket:issue',
          actorId: principal.id,
          ticketId,
          token,
          laneId,
          businessTypeId: p.businessTypeId,
          priorityGroupId: p.priorityGroupId,
          vipTierId: vip.tierId,
          channel,
        },
        now,
      );
      if (!decided.ok) return decided;
      return {
        ...decided,
        persist: (store) => {
          if (vip.identifierHash !== null) store.vip.linkTicket(ticketId, vip.identifierHash, now);
          if (vip.proofNonce !== null) store.vip.useProof(vip.proofNonce, ticketId, now);
        },
      };
    },
    result: (state) => issuedTicket(state, ticketId, ctx.forecasts.current()),
  });
}

interface RequestedVip {
  tierId: string | null;
  identifierHash: string | null;
  proofNonce: string | null;
}

/** The VIP tier the request may claim: from a staff member's typed number or a kiosk's proof. */
function vipOfRequest(
  ctx: AppContext,
  principal: Principal,
  p: ParsedCommand<'ticket:issue'>,
  staffIssuer: boolean,
  now: number,
): RequestedVip | Failure {
  if (p.vipIdentifier !== null) {
    // From a kiosk a bare number would be a lookup outside vip:lookup's limit and timing floor.
    if (!staffIssuer) return fail('VIP_PROOF_INVALID', 'kiosks present the proof from vip:lookup');
    const found = ctx.store.vip.lookup(p.vipIdentifier);
    if (!found) return fail('NOT_FOUND', 'VIP card or phone number not recognised');
    return { tierId: found.tierId, identifierHash: found.hash, proofNonce: null };
  }
  if (p.vipProof !== null) {
    const opened = openVipProof(ctx.store.vip.proofKey, p.vipProof, principal.id, now);
    if (!opened.ok) return fail('VIP_PROOF_INVALID', opened.reason);
    if (ctx.store.vip.proofUsed(opened.claims.nonce)) return fail('VIP_PROOF_INVALID', 'proof already used');
    return {
      tierId: opened.claims.tierId,
      identifierHash: opened.claims.identifierHash,
      proofNonce: opened.claims.nonce,
    };
  }
  return { tierId: null, identifierHash: null, proofNonce: null };
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
