import { describe, expect, it } from 'vitest';
import type { BranchConfig, StaffQueueEvent } from '@lobby/shared';
import { forecastWaits } from '../../engine/estimate/forecast.ts';
import { Branch, MIN, testConfig } from '../../engine/test/fixtures.ts';
import type { EngineCommand, EngineEvent, Ticket } from '../../engine/types.ts';
import { toStaffEvent } from '../../queue/staff-event.ts';
import type { ReminderTarget } from '../../store/reminder-store.ts';
import { planReminders, type DueReminder } from './reminder-plan.ts';

/**
 * Reminder planning on the real engine: "N ahead" fires once when the forecast's place comes
 * within the setting, "called" once on the batch that calls the ticket, with the counter;
 * nothing for tickets that ended (a lapsed phone ticket included), whose targets are forgotten.
 * The harness marks what was planned as sent, as the feature does in its transaction.
 */
const withReminders = (c: BranchConfig): BranchConfig => ({
  ...c,
  remoteQueue: { enabled: true, laneIds: ['A', 'B'], perPhonePerDay: 2, graceMin: 5 },
  reminders: { aheadCount: 2, sms: true, webPush: true },
});

class Harness {
  readonly b = new Branch(testConfig(withReminders));
  targets: ReminderTarget[] = [];
  sent: DueReminder[] = [];

  watch(ticketId: string, channel: ReminderTarget['channel'] = 'sms'): void {
    this.targets.push({
      ticketId,
      channel,
      targetSealed: 'sealed',
      lang: 'zh',
      createdAt: this.b.now,
      nearSentAt: null,
      calledSentAt: null,
    });
  }

  /** Plans after a batch of events with the forecast's places, then marks the due ones sent. */
  plan(events: readonly StaffQueueEvent[] = [], aheadOf = this.forecastAhead()): DueReminder[] {
    const { due, ended } = planReminders(this.b.state, events, this.targets, aheadOf);
    for (const r of due)
      this.targets = this.targets.map((t) =>
        t.ticketId === r.target.ticketId && t.channel === r.target.channel
          ? { ...t, [r.what === 'near' ? 'nearSentAt' : 'calledSentAt']: this.b.now }
          : t,
      );
    this.targets = this.targets.filter((t) => !ended.includes(t.ticketId));
    this.sent.push(...due);
    return due;
  }

  /** Applies a command; its events as published to staff (what the feature plans from). */
  apply(cmd: EngineCommand): StaffQueueEvent[] {
    const events: EngineEvent[] = this.b.do(cmd).events;
    return events.map((e, i) => toStaffEvent(e, i + 1, this.b.state, []));
  }

  run(cmd: EngineCommand): DueReminder[] {
    return this.plan(this.apply(cmd));
  }

  callNext(counterId: string): DueReminder[] {
    return this.run({ type: 'counter:callNext', actorId: 'teller', counterId });
  }

  /** The teller at the counter serves the called ticket to the end. */
  serve(counterId: string): void {
    const t = this.b.ticket(this.b.counter(counterId).currentTicketId!);
    this.b.do({ type: 'ticket:start', actorId: 'teller', counterId });
    this.b.do({
      type: 'ticket:finish',
      actorId: 'teller',
      counterId,
      outcome: 'served',
      servedBusinessTypeIds: [t.businessTypeId],
    });
  }

  private forecastAhead(): (t: Ticket) => number | null {
    const forecast = forecastWaits(this.b.state, this.b.now, null);
    return (t) => (t.status === 'waiting' ? (forecast.tickets.get(t.id)?.ahead ?? null) : null);
  }
}

const summary = (due: readonly DueReminder[]) =>
  due.map((r) => ({ ticketId: r.target.ticketId, channel: r.target.channel, what: r.what, ahead: r.ahead }));

describe('reminder planning', () => {
  it('"N ahead" fires once when the place comes within the setting, not before, not again', () => {
    const h = new Harness();
    h.b.open('c2');
    const ids = [1, 2, 3, 4, 5].map(() => h.b.issue('A'));
    const mine = ids[4]!;
    h.watch(mine);
    expect(h.plan()).toEqual([]); // 4 ahead
    expect(h.callNext('c2')).toEqual([]); // 3 ahead
    h.serve('c2');
    expect(summary(h.callNext('c2'))).toEqual([{ ticketId: mine, channel: 'sms', what: 'near', ahead: 2 }]);
    h.serve('c2');
    expect(h.callNext('c2')).toEqual([]); // 1 ahead: already reminded
    expect(h.plan()).toEqual([]); // a forecast without events: still once
    expect(h.sent.filter((r) => r.what === 'near')).toHaveLength(1);
  });

  it('"called" fires once on the batch that calls the ticket, with the counter, on every channel', () => {
    const h = new Harness();
    h.b.open('c2');
    const mine = h.b.issue('A');
    h.watch(mine, 'sms');
    h.watch(mine, 'push');
    // Already within the setting: the "near" reminder goes first (nothing ahead).
    expect(summary(h.plan())).toEqual([
      { ticketId: mine, channel: 'sms', what: 'near', ahead: 0 },
      { ticketId: mine, channel: 'push', what: 'near', ahead: 0 },
    ]);
    const calling = h.apply({ type: 'counter:callNext', actorId: 'teller', counterId: 'c2' });
    const called = h.plan(calling);
    expect(summary(called)).toEqual([
      { ticketId: mine, channel: 'sms', what: 'called', ahead: null },
      { ticketId: mine, channel: 'push', what: 'called', ahead: null },
    ]);
    expect(called[0]!.counterName).toEqual({ zh: '2号窗口', en: 'Counter 2' });
    expect(called[0]!.number).toBe(h.b.ticket(mine).number);
    expect(called[0]!.token).toBe(h.b.ticket(mine).token);
    // The same batch seen again (a forecast after the commit) and the recall: no second "called".
    expect(h.plan(calling)).toEqual([]);
    expect(h.run({ type: 'ticket:recall', actorId: 'teller', counterId: 'c2' })).toEqual([]);
    expect(h.plan()).toEqual([]);
  });

  it('a ticket called before its "near" went out gets only "called"', () => {
    const h = new Harness();
    h.b.open('c2');
    const mine = h.b.issue('A');
    h.watch(mine);
    // No forecast has the ticket yet (null place): nothing is due.
    expect(h.plan([], () => null)).toEqual([]);
    expect(summary(h.callNext('c2'))).toEqual([{ ticketId: mine, channel: 'sms', what: 'called', ahead: null }]);
    expect(h.plan()).toEqual([]);
  });

  it('a phone ticket passed at its turn is told to come once; lapsed, it gets nothing more and is forgotten', () => {
    const h = new Harness();
    const tick: EngineCommand = { type: 'system:tick', actorId: null };
    h.b.do({
      type: 'ticket:issue',
      actorId: null,
      ticketId: 'r1',
      token: 'tok-r1',
      laneId: 'A',
      businessTypeId: 'cash',
      priorityGroupId: null,
      vipTierId: null,
      channel: 'mobile',
    });
    h.watch('r1');
    // Not called while unactivated; the timer passes it at a free counter, then it lapses.
    h.b.open('c2');
    h.plan([], () => 5); // far from the turn: nothing yet
    h.b.advance(1000);
    // Passed at its turn, still waiting for its customer: the "near" reminder is the one that brings them.
    expect(summary(h.run(tick))).toEqual([{ ticketId: 'r1', channel: 'sms', what: 'near', ahead: 0 }]);
    expect(h.b.ticket('r1').remote?.passedAt).not.toBeNull();
    h.b.advance(5 * MIN);
    const lapsed = h.apply(tick);
    expect(lapsed.map((e) => e.type)).toEqual(['ticket:lapsed']);
    expect(h.plan(lapsed, () => 0)).toEqual([]);
    expect(h.targets).toEqual([]);
    expect(summary(h.sent)).toEqual([{ ticketId: 'r1', channel: 'sms', what: 'near', ahead: 0 }]);
  });

  it('tickets that ended are forgotten and never reminded', () => {
    const h = new Harness();
    h.b.open('c2');
    const mine = h.b.issue('A');
    h.watch(mine);
    h.b.do({ type: 'ticket:cancel', actorId: 'lobby', ticketId: mine, reason: 'left' });
    expect(h.plan([], () => 0)).toEqual([]);
    expect(h.targets).toEqual([]);
  });
});
