import type { VipVisitView } from '@lobby/shared';
import type { CommandHandlers } from '../../app/feature.ts';
import { newId } from '../../auth/tokens.ts';
import type { EngineState } from '../../engine/types.ts';
import { counterResult, laneResult } from './results.ts';

function visitResult(visitId: string) {
  return (state: EngineState): VipVisitView => {
    const v = state.vipVisits.get(visitId);
    if (!v) throw new Error(`VIP visit ${visitId} missing after a successful command`);
    return v;
  };
}

/** Lobby-manager and admin commands on the floor: counters, lanes, hall, emergency, VIP rooms, day close. */
export const floorCommands: CommandHandlers = {
  'counter:open': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'counter:open', actorId: principal.id, counterId: p.counterId, reason: p.reason },
      counterResult(p.counterId),
    ),
  'counter:close': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'counter:close', actorId: principal.id, counterId: p.counterId, reason: p.reason },
      counterResult(p.counterId),
    ),
  'counter:setLanes': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'counter:setLanes', actorId: principal.id, counterId: p.counterId, laneIds: p.laneIds, reason: p.reason },
      counterResult(p.counterId),
    ),
  'lane:pause': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'lane:pause', actorId: principal.id, laneId: p.laneId, reason: p.reason },
      laneResult(p.laneId, () => ctx.forecasts.current()),
    ),
  'lane:resume': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'lane:resume', actorId: principal.id, laneId: p.laneId, reason: p.reason },
      laneResult(p.laneId, () => ctx.forecasts.current()),
    ),
  'hall:broadcast': (ctx, principal, p) => {
    const messageId = newId('msg');
    return ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'hall:broadcast', actorId: principal.id, messageId, text: p.text, speak: p.speak },
      () => ({
        id: messageId,
      }),
    );
  },
  'emergency:start': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'emergency:start', actorId: principal.id, message: p.message },
      () => ({ active: true as const }),
    ),
  'emergency:end': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'emergency:end', actorId: principal.id, reason: p.reason },
      () => ({ active: false as const }),
    ),
  'vipVisit:start': (ctx, principal, p) => {
    const visitId = newId('vv');
    return ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'vipVisit:start', actorId: principal.id, visitId, roomId: p.roomId, ticketId: p.ticketId, note: p.note },
      visitResult(visitId),
    );
  },
  'vipVisit:page': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'vipVisit:page', actorId: principal.id, visitId: p.visitId, staffId: p.staffId },
      visitResult(p.visitId),
    ),
  'vipVisit:accept': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'vipVisit:accept', actorId: principal.id, visitId: p.visitId, staffId: principal.id },
      visitResult(p.visitId),
    ),
  'vipVisit:finish': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'vipVisit:finish', actorId: principal.id, visitId: p.visitId },
      visitResult(p.visitId),
    ),
  'day:close': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'day:close', actorId: principal.id, reason: p.reason },
      (state, events) => ({
        businessDate: state.businessDate,
        closedTickets: events.filter((e) => e.type === 'day:closed').reduce((n, e) => n + e.ticketIds.length, 0),
      }),
    ),
};
