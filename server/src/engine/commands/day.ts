import { businessDateOf } from '@lobby/shared';
import { dayCloseDue } from '../business-hours.ts';
import type { Draft } from '../draft.ts';
import { closedCounter, freshLanes } from '../state.ts';
import { TicketBook } from '../ticket-book.ts';
import type { Ticket } from '../types.ts';
import { freeCounter } from './counter-flow.ts';
import { refuse, type Handler } from './handler.ts';
import { tickRemoteTickets } from './remote.ts';

/**
 * End of the business date: every open ticket ends with `closed_at_day_end`, counters close
 * and tellers are signed off, VIP visits end. Nothing is deleted: the store keeps the day.
 */
export function closeDay(d: Draft, actorId: string | null, reason: string): void {
  const closedIds: string[] = [];
  for (const t of [...d.openTickets()]) {
    const closed: Ticket = {
      ...t,
      status: 'cancelled',
      outcome: 'closed_at_day_end',
      counterId: null,
      finishedAt: d.now,
      pinnedCounterId: null,
      front: false,
    };
    d.putTicket(closed);
    closedIds.push(t.id);
  }
  for (const c of [...d.allCounters()]) {
    d.putCounter({
      ...c,
      currentTicketId: null,
      status: 'closed',
      pauseReason: null,
      tellerId: null,
      tellerName: null,
      online: true,
      idleSince: null,
    });
  }
  for (const v of [...d.allVipVisits()])
    if (v.status !== 'finished') d.putVipVisit({ ...v, status: 'finished', finishedAt: d.now });
  d.set('dayClosed', true);
  d.emit({ type: 'day:closed', actorId, reason, ticketIds: closedIds });
}

/** A new business date starts with fresh numbering and an empty hall. */
function openNewDay(d: Draft, date: string): void {
  const config = d.config;
  d.set('businessDate', date);
  d.set('dayClosed', false);
  d.set('recentCalls', []);
  d.replaceTickets(TicketBook.EMPTY);
  d.replaceLanes(freshLanes(config));
  d.replaceVipVisits(new Map());
  for (const c of [...d.allCounters()]) {
    const cfg = config.counters.find((k) => k.id === c.id);
    d.putCounter(closedCounter(c.id, cfg?.laneIds ?? c.laneIds));
  }
  d.emit({ type: 'day:opened', actorId: null, reason: date });
}

/** Runs before every command: if the calendar moved on, close the old date and open the new one. */
export function rollOverIfDateChanged(d: Draft): void {
  const today = businessDateOf(d.now, d.config.hours.timeZone);
  if (today <= d.get('businessDate')) return;
  if (!d.get('dayClosed')) closeDay(d, null, 'automatic close at date change');
  openNewDay(d, today);
}

export const dayClose: Handler<'day:close'> = (d, cmd) => {
  if (d.get('dayClosed')) return refuse('INVALID_STATE', 'day already closed');
  closeDay(d, cmd.actorId, cmd.reason);
};

/** Timer work: the scheduled day close, no-shows after the last recall's grace period, phone tickets. */
export const tick: Handler<'system:tick'> = (d) => {
  if (!d.get('dayClosed') && dayCloseDue(d.config.hours, d.now)) {
    closeDay(d, null, 'scheduled day close');
    return;
  }
  tickRemoteTickets(d);
  const { recallLimit, noShowGraceSec } = d.config.policy;
  for (const t of [...d.openTickets()]) {
    if (t.status !== 'called' || t.recalls < recallLimit || t.calledAt === null) continue;
    if (d.now - t.calledAt < noShowGraceSec * 1000) continue;
    const counter = t.counterId ? d.counter(t.counterId) : undefined;
    // The grace ran out at the counter that called: its teller's no-show.
    const gone: Ticket = {
      ...t,
      status: 'no_show',
      outcome: 'no_show',
      finishedAt: d.now,
      finishedBy: counter?.tellerId ?? t.calledBy,
    };
    d.putTicket(gone);
    if (counter && counter.currentTicketId === t.id) freeCounter(d, counter);
    d.emit({
      type: 'ticket:noShowed',
      actorId: null,
      reason: 'auto no-show after last recall',
      ticketIds: [t.id],
      counterId: t.counterId,
      laneId: t.laneId,
    });
  }
};

/**
 * A new configuration, applied live. Refused when it would strand a customer: a removed lane
 * with open tickets, a removed counter holding a ticket.
 */
export const applyConfig: Handler<'config:apply'> = (d, cmd) => {
  const old = d.config;
  const next = cmd.config;
  if (next.version !== old.version + 1) return refuse('CONFIG_CONFLICT', `expected version ${old.version + 1}`);
  const laneIds = new Set(next.lanes.map((l) => l.id));
  for (const t of d.openTickets()) {
    if (!laneIds.has(t.laneId)) return refuse('CONFIG_INVALID', `lane ${t.laneId} still has open tickets`);
  }
  const counterIds = new Set(next.counters.map((c) => c.id));
  for (const c of [...d.allCounters()]) {
    if (counterIds.has(c.id)) continue;
    if (c.currentTicketId || c.tellerId) return refuse('CONFIG_INVALID', `counter ${c.id} is in use`);
    d.deleteCounter(c.id);
  }
  for (const cfg of next.counters) {
    const existing = d.counter(cfg.id);
    if (!existing) {
      d.putCounter(closedCounter(cfg.id, cfg.laneIds));
      continue;
    }
    // A lane list changed in config wins; otherwise the lobby's change for the day stays.
    const before = old.counters.find((k) => k.id === cfg.id);
    const changed = !before || before.laneIds.join() !== cfg.laneIds.join();
    const lanesLeft = existing.laneIds.filter((id) => laneIds.has(id));
    d.putCounter({ ...existing, laneIds: changed || lanesLeft.length === 0 ? [...cfg.laneIds] : lanesLeft });
  }
  for (const lane of next.lanes) if (!d.lane(lane.id)) d.putLane(lane.id, { lastNumber: 0, issued: 0, paused: false });
  d.set('config', next);
  d.emit({ type: 'config:changed', actorId: cmd.actorId, reason: `version ${next.version}` });
};
