/**
 * Every socket command that is one engine call, as ONE table: command → who-may-act guard →
 * engine command → ack data. The guard runs inside the decision, on the state the batch has
 * reached when the command's turn comes (QueueService.executeEngine), never on the committed
 * state before the batch: two commands in one batch (a sign-off, then a call) see each other.
 */
import type { CommandName, CommandResults, Failure, ParsedCommand, Principal } from '@lobby/shared';
import type { CommandHandler, CommandHandlers } from '../../context/feature.ts';
import { newId } from '../../auth/tokens.ts';
import type { EngineCommand, EngineState } from '../../engine/types.ts';
import type { ExecuteRequest } from '../../queue/queue-service.ts';
import { calledTicketResult, counterResult, laneResult, ticketResult, visitResult } from './results.ts';
import { tellerCounterRefusal, tellerTicketRefusal } from './teller-guard.ts';

type EngineCommandOf<C extends string> = Extract<EngineCommand, { type: C }>;

type Guard<C extends CommandName> = (state: EngineState, actor: Principal, p: ParsedCommand<C>) => Failure | null;

interface EngineCommandSpec<C extends CommandName> {
  guard?: Guard<C>;
  engine: (p: ParsedCommand<C>, actor: Principal) => EngineCommandOf<C>;
  result: (p: ParsedCommand<C>, command: EngineCommandOf<C>) => ExecuteRequest<CommandResults[C]>['result'];
}

type EngineCommandTable = { [C in CommandName & EngineCommand['type']]?: EngineCommandSpec<C> };

/** A teller only on the counter they are signed on to; the lobby manager and admin on any. */
const ownCounter = (state: EngineState, actor: Principal, p: { counterId: string }) =>
  tellerCounterRefusal(state, actor, p.counterId);
/** A teller only on the ticket at (or suspended by) their own counter. */
const ownTicket = (state: EngineState, actor: Principal, p: { ticketId: string }) =>
  tellerTicketRefusal(state, actor, p.ticketId);

const counter = (p: { counterId: string }) => counterResult(p.counterId);
const ticket = () => ticketResult;
const called = () => calledTicketResult;
const lane = (p: { laneId: string }) => laneResult(p.laneId);

export const ENGINE_COMMANDS: EngineCommandTable = {
  // Teller-side, on one counter.
  'counter:signOn': {
    engine: (p, a) => ({
      type: 'counter:signOn',
      actorId: a.id,
      counterId: p.counterId,
      tellerId: a.id,
      tellerName: a.name,
    }),
    result: counter,
  },
  'counter:signOff': {
    guard: ownCounter,
    engine: (p, a) => ({ type: 'counter:signOff', actorId: a.id, counterId: p.counterId }),
    result: counter,
  },
  'counter:release': {
    engine: (p, a) => ({ type: 'counter:release', actorId: a.id, counterId: p.counterId, reason: p.reason }),
    result: counter,
  },
  'counter:callNext': {
    guard: ownCounter,
    engine: (p, a) => ({ type: 'counter:callNext', actorId: a.id, counterId: p.counterId }),
    result: called,
  },
  'counter:callTicket': {
    guard: ownCounter,
    engine: (p, a) => ({
      type: 'counter:callTicket',
      actorId: a.id,
      counterId: p.counterId,
      ticketId: p.ticketId,
      reason: p.reason,
    }),
    result: called,
  },
  'ticket:recall': {
    guard: ownCounter,
    engine: (p, a) => ({ type: 'ticket:recall', actorId: a.id, counterId: p.counterId }),
    result: ticket,
  },
  'ticket:start': {
    guard: ownCounter,
    engine: (p, a) => ({ type: 'ticket:start', actorId: a.id, counterId: p.counterId }),
    result: ticket,
  },
  'ticket:finish': {
    guard: ownCounter,
    engine: (p, a) => ({
      type: 'ticket:finish',
      actorId: a.id,
      counterId: p.counterId,
      outcome: p.outcome,
      servedBusinessTypeIds: p.servedBusinessTypeIds,
      reason: p.reason,
    }),
    result: ticket,
  },
  'ticket:markNoShow': {
    guard: ownCounter,
    engine: (p, a) => ({ type: 'ticket:markNoShow', actorId: a.id, counterId: p.counterId }),
    result: ticket,
  },
  'ticket:suspend': {
    guard: ownCounter,
    engine: (p, a) => ({
      type: 'ticket:suspend',
      actorId: a.id,
      counterId: p.counterId,
      missingMaterials: p.missingMaterials,
      note: p.note,
    }),
    result: ticket,
  },
  'counter:pause': {
    guard: ownCounter,
    engine: (p, a) => ({
      type: 'counter:pause',
      actorId: a.id,
      counterId: p.counterId,
      reason: p.reason,
      note: p.note,
    }),
    result: counter,
  },
  'counter:resume': {
    guard: ownCounter,
    engine: (p, a) => ({ type: 'counter:resume', actorId: a.id, counterId: p.counterId }),
    result: counter,
  },

  // Ticket moves (tellers on their own ticket; the lobby manager on any).
  'ticket:transfer': {
    guard: ownTicket,
    engine: (p, a) => ({ type: 'ticket:transfer', actorId: a.id, ticketId: p.ticketId, to: p.to, note: p.note }),
    result: ticket,
  },
  'ticket:addNote': {
    guard: ownTicket,
    engine: (p, a) => ({ type: 'ticket:addNote', actorId: a.id, ticketId: p.ticketId, text: p.text }),
    result: ticket,
  },
  'ticket:resume': {
    engine: (p, a) => ({
      type: 'ticket:resume',
      actorId: a.id,
      ticketId: p.ticketId,
      mode: p.mode,
      reason: p.reason,
    }),
    result: ticket,
  },
  'ticket:cancel': {
    engine: (p, a) => ({ type: 'ticket:cancel', actorId: a.id, ticketId: p.ticketId, reason: p.reason }),
    result: ticket,
  },
  'ticket:reactivate': {
    engine: (p, a) => ({ type: 'ticket:reactivate', actorId: a.id, ticketId: p.ticketId, reason: p.reason }),
    result: ticket,
  },
  'ticket:setPriority': {
    engine: (p, a) => ({
      type: 'ticket:setPriority',
      actorId: a.id,
      ticketId: p.ticketId,
      priorityGroupId: p.priorityGroupId,
      reason: p.reason,
    }),
    result: ticket,
  },

  // The floor (lobby manager and admin): counters, lanes, hall, emergency, VIP rooms, day close.
  'counter:open': {
    engine: (p, a) => ({ type: 'counter:open', actorId: a.id, counterId: p.counterId, reason: p.reason }),
    result: counter,
  },
  'counter:close': {
    engine: (p, a) => ({ type: 'counter:close', actorId: a.id, counterId: p.counterId, reason: p.reason }),
    result: counter,
  },
  'counter:setLanes': {
    engine: (p, a) => ({
      type: 'counter:setLanes',
      actorId: a.id,
      counterId: p.counterId,
      laneIds: p.laneIds,
      reason: p.reason,
    }),
    result: counter,
  },
  'lane:pause': {
    engine: (p, a) => ({ type: 'lane:pause', actorId: a.id, laneId: p.laneId, reason: p.reason }),
    result: lane,
  },
  'lane:resume': {
    engine: (p, a) => ({ type: 'lane:resume', actorId: a.id, laneId: p.laneId, reason: p.reason }),
    result: lane,
  },
  'hall:broadcast': {
    engine: (p, a) => ({
      type: 'hall:broadcast',
      actorId: a.id,
      messageId: newId('msg'),
      text: p.text,
      speak: p.speak,
      durationMin: p.durationMin,
    }),
    result: (_p, c) => () => ({ id: c.messageId }),
  },
  'emergency:start': {
    engine: (p, a) => ({ type: 'emergency:start', actorId: a.id, message: p.message }),
    result: () => () => ({ active: true as const }),
  },
  'emergency:end': {
    engine: (p, a) => ({ type: 'emergency:end', actorId: a.id, reason: p.reason }),
    result: () => () => ({ active: false as const }),
  },
  'vipVisit:start': {
    engine: (p, a) => ({
      type: 'vipVisit:start',
      actorId: a.id,
      visitId: newId('vv'),
      roomId: p.roomId,
      ticketId: p.ticketId,
      note: p.note,
    }),
    result: (_p, c) => visitResult(c.visitId),
  },
  'vipVisit:page': {
    engine: (p, a) => ({ type: 'vipVisit:page', actorId: a.id, visitId: p.visitId, staffId: p.staffId }),
    result: (p) => visitResult(p.visitId),
  },
  'vipVisit:accept': {
    engine: (p, a) => ({ type: 'vipVisit:accept', actorId: a.id, visitId: p.visitId, staffId: a.id }),
    result: (p) => visitResult(p.visitId),
  },
  'vipVisit:finish': {
    engine: (p, a) => ({
      type: 'vipVisit:finish',
      actorId: a.id,
      visitId: p.visitId,
      staffId: a.id,
      floor: a.role === 'lobby' || a.role === 'admin',
    }),
    result: (p) => visitResult(p.visitId),
  },
  'day:close': {
    engine: (p, a) => ({ type: 'day:close', actorId: a.id, reason: p.reason }),
    result: () => (state, events) => ({
      businessDate: state.businessDate,
      closedTickets: events.filter((e) => e.type === 'day:closed').reduce((n, e) => n + e.ticketIds.length, 0),
    }),
  },
};

function handlerOf<C extends CommandName & EngineCommand['type']>(spec: EngineCommandSpec<C>): CommandHandler<C> {
  return (ctx, principal, p) => {
    const command = spec.engine(p, principal);
    const { guard } = spec;
    return ctx.queue.executeEngine(principal, p.requestId, command, spec.result(p, command), {
      ...(guard ? { guard: (state: EngineState) => guard(state, principal, p) } : {}),
    });
  };
}

/** The table as the command runner's handlers. */
export const engineCommandHandlers: CommandHandlers = Object.fromEntries(
  Object.entries(ENGINE_COMMANDS).map(([name, spec]) => [
    name,
    handlerOf(spec as unknown as EngineCommandSpec<'counter:signOn'>),
  ]),
);
