import type { CommandHandlers } from '../../app/feature.ts';
import { counterResult, ticketResult } from './results.ts';
import { tellerCounterRefusal } from './teller-guard.ts';

/** Teller-side commands on one counter: sign-on, calling, service, pause. */
export const counterCommands: CommandHandlers = {
  'counter:signOn': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      {
        type: 'counter:signOn',
        actorId: principal.id,
        counterId: p.counterId,
        tellerId: principal.id,
        tellerName: principal.name,
      },
      counterResult(p.counterId),
    ),
  'counter:signOff': (ctx, principal, p) =>
    tellerCounterRefusal(ctx.queue.current, principal, p.counterId) ??
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'counter:signOff', actorId: principal.id, counterId: p.counterId },
      counterResult(p.counterId),
    ),
  'counter:release': (ctx, principal, p) =>
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'counter:release', actorId: principal.id, counterId: p.counterId, reason: p.reason },
      counterResult(p.counterId),
    ),
  'counter:callNext': (ctx, principal, p) =>
    tellerCounterRefusal(ctx.queue.current, principal, p.counterId) ??
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'counter:callNext', actorId: principal.id, counterId: p.counterId },
      ticketResult,
    ),
  'counter:callTicket': (ctx, principal, p) =>
    tellerCounterRefusal(ctx.queue.current, principal, p.counterId) ??
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      {
        type: 'counter:callTicket',
        actorId: principal.id,
        counterId: p.counterId,
        ticketId: p.ticketId,
        reason: p.reason,
      },
      ticketResult,
    ),
  'ticket:recall': (ctx, principal, p) =>
    tellerCounterRefusal(ctx.queue.current, principal, p.counterId) ??
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'ticket:recall', actorId: principal.id, counterId: p.counterId },
      ticketResult,
    ),
  'ticket:start': (ctx, principal, p) =>
    tellerCounterRefusal(ctx.queue.current, principal, p.counterId) ??
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'ticket:start', actorId: principal.id, counterId: p.counterId },
      ticketResult,
    ),
  'ticket:finish': (ctx, principal, p) =>
    tellerCounterRefusal(ctx.queue.current, principal, p.counterId) ??
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      {
        type: 'ticket:finish',
        actorId: principal.id,
        counterId: p.counterId,
        outcome: p.outcome,
        servedBusinessTypeIds: p.servedBusinessTypeIds,
        reason: p.reason,
      },
      ticketResult,
    ),
  'ticket:markNoShow': (ctx, principal, p) =>
    tellerCounterRefusal(ctx.queue.current, principal, p.counterId) ??
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'ticket:markNoShow', actorId: principal.id, counterId: p.counterId },
      ticketResult,
    ),
  'ticket:suspend': (ctx, principal, p) =>
    tellerCounterRefusal(ctx.queue.current, principal, p.counterId) ??
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      {
        type: 'ticket:suspend',
        actorId: principal.id,
        counterId: p.counterId,
        missingMaterials: p.missingMaterials,
        note: p.note,
      },
      ticketResult,
    ),
  'counter:pause': (ctx, principal, p) =>
    tellerCounterRefusal(ctx.queue.current, principal, p.counterId) ??
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'counter:pause', actorId: principal.id, counterId: p.counterId, reason: p.reason, note: p.note },
      counterResult(p.counterId),
    ),
  'counter:resume': (ctx, principal, p) =>
    tellerCounterRefusal(ctx.queue.current, principal, p.counterId) ??
    ctx.queue.executeEngine(
      principal,
      p.requestId,
      { type: 'counter:resume', actorId: principal.id, counterId: p.counterId },
      counterResult(p.counterId),
    ),
};
