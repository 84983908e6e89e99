import { Draft } from './draft.ts';
import type { EngineCommand, EngineCommandType, EngineResult, EngineState } from './types.ts';
import type { Handler } from './commands/handler.ts';
import { issueTicket } from './commands/issue-ticket.ts';
import { callNext, callTicket, finish, markNoShow, recall, start, suspend } from './commands/calling.ts';
import { addNote, cancel, reactivate, resume, setPriority, transfer } from './commands/redirects.ts';
import {
  close,
  open,
  pause,
  release,
  resumeCounter,
  setLanes,
  setOnline,
  signOff,
  signOn,
} from './commands/counters.ts';
import {
  acceptVipVisit,
  broadcast,
  endEmergency,
  finishVipVisit,
  pageForVipVisit,
  pauseLane,
  resumeLane,
  startEmergency,
  startVipVisit,
} from './commands/floor.ts';
import { applyConfig, dayClose, rollOverIfDateChanged, tick } from './commands/day.ts';
import { activate } from './commands/remote.ts';

const HANDLERS: { [T in EngineCommandType]: Handler<T> } = {
  'ticket:issue': issueTicket,
  'counter:signOn': signOn,
  'counter:signOff': signOff,
  'counter:release': release,
  'counter:setOnline': setOnline,
  'counter:callNext': callNext,
  'counter:callTicket': callTicket,
  'ticket:recall': recall,
  'ticket:start': start,
  'ticket:finish': finish,
  'ticket:markNoShow': markNoShow,
  'ticket:suspend': suspend,
  'ticket:transfer': transfer,
  'ticket:resume': resume,
  'ticket:cancel': cancel,
  'ticket:reactivate': reactivate,
  'ticket:setPriority': setPriority,
  'ticket:addNote': addNote,
  'ticket:activate': activate,
  'counter:pause': pause,
  'counter:resume': resumeCounter,
  'counter:open': open,
  'counter:close': close,
  'counter:setLanes': setLanes,
  'lane:pause': pauseLane,
  'lane:resume': resumeLane,
  'hall:broadcast': broadcast,
  'emergency:start': startEmergency,
  'emergency:end': endEmergency,
  'vipVisit:start': startVipVisit,
  'vipVisit:page': pageForVipVisit,
  'vipVisit:accept': acceptVipVisit,
  'vipVisit:finish': finishVipVisit,
  'config:apply': applyConfig,
  'day:close': dayClose,
  'system:tick': tick,
};

/**
 * The queue engine: (state, command, now) → new state + events, or a refusal.
 * Pure: no I/O, no clock of its own, no randomness (ids and tokens come in the command).
 * A refused command returns no state, so nothing of a half-applied command can leak.
 */
export function decide(state: EngineState, command: EngineCommand, now: number): EngineResult {
  const d = new Draft(state, now);
  rollOverIfDateChanged(d);
  const handler = HANDLERS[command.type] as Handler<EngineCommandType>;
  const refusal = handler(d, command as never);
  if (refusal)
    return refusal.message === undefined
      ? { ok: false, code: refusal.code }
      : { ok: false, code: refusal.code, message: refusal.message };
  return { ok: true, state: d.state, events: d.events, changedTickets: d.changedTickets() };
}
