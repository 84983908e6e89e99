import { isCounterAway } from '@lobby/shared';
import type { CounterRuntime } from '../types.ts';
import { findCounter, isRefusal, refuse, type Handler } from './handler.ts';

/** Sign on opens the counter for this teller; another teller's counter is refused until released. */
export const signOn: Handler<'counter:signOn'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  if (counter.tellerId !== null && counter.tellerId !== cmd.tellerId)
    return refuse('COUNTER_HELD', counter.tellerName ?? undefined);
  for (const other of d.allCounters()) {
    if (other.id !== counter.id && other.tellerId === cmd.tellerId)
      return refuse('INVALID_STATE', 'teller is signed on at another counter');
  }
  const opened: CounterRuntime = {
    ...counter,
    tellerId: cmd.tellerId,
    tellerName: cmd.tellerName,
    online: true,
    status: counter.status === 'closed' ? 'open' : counter.status,
    idleSince: counter.currentTicketId ? null : (counter.idleSince ?? d.now),
  };
  d.putCounter(opened);
  d.emit({ type: 'counter:signedOn', actorId: cmd.actorId, counterId: counter.id });
};

function leave(counter: CounterRuntime): CounterRuntime {
  return {
    ...counter,
    tellerId: null,
    tellerName: null,
    status: 'closed',
    pauseReason: null,
    online: true,
    idleSince: null,
  };
}

export const signOff: Handler<'counter:signOff'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  if (counter.tellerId === null) return refuse('COUNTER_NOT_SIGNED_ON');
  if (counter.currentTicketId) return refuse('COUNTER_BUSY', 'finish or transfer the current customer first');
  d.putCounter(leave(counter));
  d.emit({ type: 'counter:signedOff', actorId: cmd.actorId, counterId: counter.id });
};

/** The lobby frees a counter whose teller left it signed on. */
export const release: Handler<'counter:release'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  if (counter.tellerId === null) return refuse('COUNTER_NOT_SIGNED_ON');
  if (counter.currentTicketId) return refuse('COUNTER_BUSY', 'transfer the current customer first');
  d.putCounter(leave(counter));
  d.emit({ type: 'counter:signedOff', actorId: cmd.actorId, reason: cmd.reason, counterId: counter.id });
};

/** Presence: a counter whose teller's client vanished stops receiving calls. No change, no event. */
export const setOnline: Handler<'counter:setOnline'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  if (counter.online === cmd.online) return;
  d.putCounter({ ...counter, online: cmd.online });
  d.emit({
    type: cmd.online ? 'counter:cameOnline' : 'counter:wentOffline',
    actorId: cmd.actorId,
    counterId: counter.id,
  });
};

export const pause: Handler<'counter:pause'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  if (counter.status !== 'open') return refuse(counter.status === 'paused' ? 'COUNTER_PAUSED' : 'COUNTER_NOT_OPEN');
  d.putCounter({ ...counter, status: 'paused', pauseReason: cmd.reason });
  d.emit({
    type: 'counter:paused',
    actorId: cmd.actorId,
    reason: cmd.note ? `${cmd.reason}: ${cmd.note}` : cmd.reason,
    counterId: counter.id,
  });
};

export const resumeCounter: Handler<'counter:resume'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  if (counter.status !== 'paused') return refuse('INVALID_STATE', 'counter is not paused');
  // 暂离 ends when the VIP visit does, not by hand.
  if (isCounterAway(counter)) return refuse('COUNTER_AWAY');
  d.putCounter({ ...counter, status: 'open', pauseReason: null, idleSince: counter.currentTicketId ? null : d.now });
  d.emit({ type: 'counter:resumed', actorId: cmd.actorId, counterId: counter.id });
};

export const open: Handler<'counter:open'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  if (counter.status !== 'closed') return refuse('INVALID_STATE', 'counter is already open');
  d.putCounter({ ...counter, status: 'open', pauseReason: null, idleSince: d.now });
  d.emit({ type: 'counter:opened', actorId: cmd.actorId, reason: cmd.reason || null, counterId: counter.id });
};

export const close: Handler<'counter:close'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  if (counter.status === 'closed') return refuse('COUNTER_NOT_OPEN');
  if (counter.currentTicketId) return refuse('COUNTER_BUSY', 'finish or transfer the current customer first');
  d.putCounter({ ...counter, status: 'closed', pauseReason: null, idleSince: null });
  d.emit({ type: 'counter:closed', actorId: cmd.actorId, reason: cmd.reason || null, counterId: counter.id });
};

/** The lobby changes which lanes a counter serves, for the rest of the day. */
export const setLanes: Handler<'counter:setLanes'> = (d, cmd) => {
  const counter = findCounter(d, cmd.counterId);
  if (isRefusal(counter)) return counter;
  const known = new Set(d.config.lanes.map((l) => l.id));
  if (cmd.laneIds.some((id) => !known.has(id))) return refuse('NOT_FOUND', 'lane');
  if (new Set(cmd.laneIds).size !== cmd.laneIds.length) return refuse('INVALID_PAYLOAD', 'lane listed twice');
  d.putCounter({ ...counter, laneIds: [...cmd.laneIds] });
  d.emit({ type: 'counter:lanesChanged', actorId: cmd.actorId, reason: cmd.reason, counterId: counter.id });
};
