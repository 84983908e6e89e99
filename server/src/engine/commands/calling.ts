import { isActivated, noShowAllowedAt, type FinishReason, type LocalizedText } from '@lobby/shared';
import type { Draft } from '../draft.ts';
import { isEligible, passedOver, rankQueue } from '../policies/dispatch-order.ts';
import type { Ticket } from '../types.ts';
import { assignCall, callRefusal, freeCounter, recordRecall } from './counter-flow.ts';
import { currentTicket, findCounter, findTicket, isRefusal, refuse, type Handler } from './handler.ts';
import { markPassed } from './remote.ts';

export const callNext: Handler<'counter:callNext'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  const blocked = callRefusal(d, counter);
  if (blocked) return blocked;
  const ranked = rankQueue(d.state, counter.id, d.now);
  // Phone tickets whose customer is not here yet keep their place but are called past.
  const skipped = passedOver(ranked);
  const next = ranked[skipped.length];
  if (!next) return refuse('QUEUE_EMPTY');
  markPassed(d, skipped, counter);
  assignCall(d, counter, next, cmd.actorId, null);
};

/** Call a specific waiting ticket out of order: needs a reason, which the event log keeps. */
export const callTicket: Handler<'counter:callTicket'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  const ticket = findTicket(d, cmd.ticketId);
  if (isRefusal(ticket)) return ticket;
  const blocked = callRefusal(d, counter);
  if (blocked) return blocked;
  if (ticket.status !== 'waiting') return refuse('INVALID_STATE', `ticket is ${ticket.status}`);
  if (!isEligible(ticket, counter, 'accumulated')) return refuse('LANE_NOT_SERVED');
  if (!isActivated(ticket)) return refuse('TICKET_NOT_ACTIVATED');
  assignCall(d, counter, ticket, cmd.actorId, cmd.reason);
};

export const recall: Handler<'ticket:recall'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  const ticket = currentTicket(d, counter);
  if (isRefusal(ticket)) return ticket;
  if (ticket.status !== 'called') return refuse('INVALID_STATE', 'only a called ticket can be recalled');
  if (ticket.recalls >= d.config.policy.recallLimit) return refuse('RECALL_LIMIT_REACHED');
  recordRecall(d, counter, ticket, cmd.actorId);
};

export const start: Handler<'ticket:start'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  const ticket = currentTicket(d, counter);
  if (isRefusal(ticket)) return ticket;
  if (ticket.status !== 'called') return refuse('INVALID_STATE', `ticket is ${ticket.status}`);
  const serving: Ticket = { ...ticket, status: 'serving', startedAt: d.now };
  d.putTicket(serving);
  d.emit({
    type: 'ticket:started',
    actorId: cmd.actorId,
    ticketIds: [serving.id],
    counterId: counter.id,
    laneId: serving.laneId,
  });
};

export const finish: Handler<'ticket:finish'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  const ticket = currentTicket(d, counter);
  if (isRefusal(ticket)) return ticket;
  if (ticket.status !== 'serving') return refuse('INVALID_STATE', `ticket is ${ticket.status}`);
  const known = new Set(d.config.businessTypes.map((b) => b.id));
  if (cmd.servedBusinessTypeIds.some((id) => !known.has(id))) return refuse('NOT_FOUND', 'business type');
  const reason = cmd.outcome === 'served' ? null : (cmd.reason ?? null);
  if (cmd.outcome !== 'served' && (reason === null || (reason.reasonId === null && reason.note.trim() === '')))
    return refuse('INVALID_PAYLOAD', 'a partial or not-done finish needs a reason');
  if (reason?.reasonId && !d.config.finishReasons.some((r) => r.id === reason.reasonId))
    return refuse('NOT_FOUND', 'finish reason');
  const done: Ticket = {
    ...ticket,
    status: 'done',
    outcome: cmd.outcome,
    finishReason: reason && { reasonId: reason.reasonId, note: reason.note.trim() },
    finishedAt: d.now,
    servedBusinessTypeIds:
      cmd.servedBusinessTypeIds.length > 0 ? [...new Set(cmd.servedBusinessTypeIds)] : [ticket.businessTypeId],
  };
  d.putTicket(done);
  freeCounter(d, counter);
  d.emit({
    type: 'ticket:finished',
    actorId: cmd.actorId,
    reason: reason ? finishReasonText(d, reason) : null,
    ticketIds: [done.id],
    counterId: counter.id,
    laneId: done.laneId,
  });
};

export const markNoShow: Handler<'ticket:markNoShow'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  const ticket = currentTicket(d, counter);
  if (isRefusal(ticket)) return ticket;
  if (ticket.status !== 'called') return refuse('INVALID_STATE', `ticket is ${ticket.status}`);
  const leftMs = noShowAllowedAt(ticket, d.config.policy.noShowMinSec) - d.now;
  if (leftMs > 0) return refuse('NO_SHOW_TOO_EARLY', `${Math.ceil(leftMs / 1000)} s left`);
  const gone: Ticket = { ...ticket, status: 'no_show', outcome: 'no_show', finishedAt: d.now };
  d.putTicket(gone);
  freeCounter(d, counter);
  d.emit({
    type: 'ticket:noShowed',
    actorId: cmd.actorId,
    ticketIds: [gone.id],
    counterId: counter.id,
    laneId: gone.laneId,
  });
};

/** 材料不全: the customer steps aside to complete documents; the counter is free again. */
export const suspend: Handler<'ticket:suspend'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  const ticket = currentTicket(d, counter);
  if (isRefusal(ticket)) return ticket;
  if (ticket.status !== 'called' && ticket.status !== 'serving')
    return refuse('INVALID_STATE', `ticket is ${ticket.status}`);
  const note = cmd.note.trim();
  if (cmd.missingMaterials.length === 0 && note === '')
    return refuse('INVALID_PAYLOAD', 'say what is missing: a material or a note');
  const listed = d.config.businessTypes.find((b) => b.id === ticket.businessTypeId)?.materials ?? [];
  if (cmd.missingMaterials.some((m) => !listed.some((l) => l.zh === m.zh && l.en === m.en)))
    return refuse('NOT_FOUND', 'material of this business type');
  const text = suspendText(cmd.missingMaterials, note);
  const suspended: Ticket = {
    ...ticket,
    status: 'suspended',
    counterId: null,
    suspendedByCounterId: counter.id,
    suspension: { at: d.now, byCounterId: counter.id, missingMaterials: cmd.missingMaterials, note },
    notes: [...ticket.notes, { at: d.now, byStaffId: cmd.actorId, text }],
  };
  d.putTicket(suspended);
  freeCounter(d, counter);
  d.emit({
    type: 'ticket:suspended',
    actorId: cmd.actorId,
    reason: text,
    ticketIds: [suspended.id],
    counterId: counter.id,
    laneId: suspended.laneId,
  });
};

/** The suspension as one line for the notes and the event log (in Chinese, the branch's working language). */
function suspendText(missing: readonly LocalizedText[], note: string): string {
  const materials = missing.map((m) => m.zh).join('、');
  return [materials && `缺少：${materials}`, note].filter((x) => x !== '').join('；');
}

/** The finish reason as one line for the event log. */
function finishReasonText(d: Draft, reason: FinishReason): string {
  const preset = reason.reasonId ? d.config.finishReasons.find((r) => r.id === reason.reasonId)?.name.zh : undefined;
  return [preset, reason.note.trim()].filter((x) => x !== undefined && x !== '').join('；');
}
