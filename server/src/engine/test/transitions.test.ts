import { describe, expect, it } from 'vitest';
import { hallMessageShown } from '@lobby/shared';
import type { EngineCommand } from '../types.ts';
import { Branch, MIN, testConfig } from './fixtures.ts';

/**
 * Every ticket/counter transition of docs/domain.md §4, table-driven: a setup, a command, and
 * what must hold afterwards.
 */
interface Case {
  name: string;
  setup: (b: Branch) => Record<string, string>;
  command: (ids: Record<string, string>) => EngineCommand;
  expect: (b: Branch, ids: Record<string, string>) => void;
  event: string;
}

const servingAtC2 = (b: Branch) => {
  b.open('c2');
  const t = b.issue('A');
  b.call('c2');
  b.do({ type: 'ticket:start', actorId: 'x', counterId: 'c2' });
  return { t };
};
const calledAtC2 = (b: Branch) => {
  b.open('c2');
  const t = b.issue('A');
  b.call('c2');
  return { t };
};
const suspendedFromC2 = (b: Branch) => {
  const ids = servingAtC2(b);
  b.do({ type: 'ticket:suspend', actorId: 'x', counterId: 'c2', missingMaterials: [], note: '材料不全' });
  return ids;
};

const cases: Case[] = [
  {
    name: 'issue numbers per lane from the range start',
    setup: (b) => ({ first: b.issue('A') }),
    command: () => ({
      type: 'ticket:issue',
      actorId: 'k',
      ticketId: 'n2',
      token: 'x',
      laneId: 'A',
      businessTypeId: 'cash',
      priorityGroupId: null,
      vipTierId: null,
      channel: 'kiosk',
    }),
    expect: (b, ids) => {
      expect(b.ticket(ids.first!).number).toBe('A001');
      expect(b.ticket('n2').number).toBe('A002');
      expect(b.ticket('n2').status).toBe('waiting');
      expect(b.state.lanes.A!.issued).toBe(2);
    },
    event: 'ticket:issued',
  },
  {
    name: 'call next takes the waiting ticket to the counter',
    setup: (b) => {
      b.open('c2');
      return { t: b.issue('A') };
    },
    command: () => ({ type: 'counter:callNext', actorId: 'x', counterId: 'c2' }),
    expect: (b, { t }) => {
      expect(b.ticket(t!).status).toBe('called');
      expect(b.ticket(t!).counterId).toBe('c2');
      expect(b.counter('c2').currentTicketId).toBe(t);
      expect(b.state.recentCalls[0]?.number).toBe('A001');
    },
    event: 'ticket:called',
  },
  {
    name: 'call a specific ticket out of order',
    setup: (b) => {
      b.open('c2');
      b.issue('A');
      return { t: b.issue('A') };
    },
    command: ({ t }) => ({
      type: 'counter:callTicket',
      actorId: 'x',
      counterId: 'c2',
      ticketId: t!,
      reason: 'elderly customer, confirmed',
    }),
    expect: (b, { t }) => expect(b.ticket(t!).status).toBe('called'),
    event: 'ticket:called',
  },
  {
    name: 'recall counts and re-announces',
    setup: calledAtC2,
    command: () => ({ type: 'ticket:recall', actorId: 'x', counterId: 'c2' }),
    expect: (b, { t }) => expect(b.ticket(t!).recalls).toBe(1),
    event: 'ticket:recalled',
  },
  {
    name: 'start service',
    setup: calledAtC2,
    command: () => ({ type: 'ticket:start', actorId: 'x', counterId: 'c2' }),
    expect: (b, { t }) => expect(b.ticket(t!).status).toBe('serving'),
    event: 'ticket:started',
  },
  {
    name: 'finish with outcome and business types served',
    setup: servingAtC2,
    command: () => ({
      type: 'ticket:finish',
      actorId: 'x',
      counterId: 'c2',
      outcome: 'served',
      servedBusinessTypeIds: ['cash', 'remittance'],
    }),
    expect: (b, { t }) => {
      expect(b.ticket(t!).status).toBe('done');
      expect(b.ticket(t!).servedBusinessTypeIds).toEqual(['cash', 'remittance']);
      expect(b.counter('c2').currentTicketId).toBeNull();
    },
    event: 'ticket:finished',
  },
  {
    name: 'manual no-show, once the minimum time since the call has passed',
    setup: (b) => {
      const ids = calledAtC2(b);
      b.advance(b.state.config.policy.noShowMinSec * 1000);
      return ids;
    },
    command: () => ({ type: 'ticket:markNoShow', actorId: 'x', counterId: 'c2' }),
    expect: (b, { t }) => {
      expect(b.ticket(t!).status).toBe('no_show');
      expect(b.counter('c2').currentTicketId).toBeNull();
    },
    event: 'ticket:noShowed',
  },
  {
    name: 'suspend frees the counter and remembers it',
    setup: servingAtC2,
    command: () => ({
      type: 'ticket:suspend',
      actorId: 'x',
      counterId: 'c2',
      missingMaterials: [],
      note: '缺身份证复印件',
    }),
    expect: (b, { t }) => {
      expect(b.ticket(t!).status).toBe('suspended');
      expect(b.ticket(t!).suspendedByCounterId).toBe('c2');
      expect(b.ticket(t!).notes.at(-1)?.text).toBe('缺身份证复印件');
      expect(b.counter('c2').currentTicketId).toBeNull();
    },
    event: 'ticket:suspended',
  },
  {
    name: 'suspend with materials of the business type chosen: kept on the ticket for the lobby',
    setup: servingAtC2,
    command: () => ({
      type: 'ticket:suspend',
      actorId: 'x',
      counterId: 'c2',
      missingMaterials: [{ zh: '银行卡或存折', en: 'Bank card or passbook' }],
      note: '客户回家取',
    }),
    expect: (b, { t }) => {
      expect(b.ticket(t!).suspension).toMatchObject({
        byCounterId: 'c2',
        missingMaterials: [{ zh: '银行卡或存折', en: 'Bank card or passbook' }],
        note: '客户回家取',
      });
      expect(b.ticket(t!).notes.at(-1)?.text).toBe('缺少：银行卡或存折；客户回家取');
    },
    event: 'ticket:suspended',
  },
  {
    name: 'finish not served with one of the branch reasons',
    setup: servingAtC2,
    command: () => ({
      type: 'ticket:finish',
      actorId: 'x',
      counterId: 'c2',
      outcome: 'not_served',
      servedBusinessTypeIds: [],
      reason: { reasonId: 'appointment', note: '' },
    }),
    expect: (b, { t }) => {
      expect(b.ticket(t!).outcome).toBe('not_served');
      expect(b.ticket(t!).finishReason).toEqual({ reasonId: 'appointment', note: '' });
    },
    event: 'ticket:finished',
  },
  {
    name: 'resume to the front of the lane',
    setup: suspendedFromC2,
    command: ({ t }) => ({
      type: 'ticket:resume',
      actorId: 'l',
      ticketId: t!,
      mode: 'front',
      reason: 'documents complete',
    }),
    expect: (b, { t }) => {
      expect(b.ticket(t!).status).toBe('waiting');
      expect(b.ticket(t!).front).toBe(true);
    },
    event: 'ticket:resumed',
  },
  {
    name: 'resume pinned to the suspending counter',
    setup: suspendedFromC2,
    command: ({ t }) => ({
      type: 'ticket:resume',
      actorId: 'l',
      ticketId: t!,
      mode: 'pinned',
      reason: 'documents complete',
    }),
    expect: (b, { t }) => expect(b.ticket(t!).pinnedCounterId).toBe('c2'),
    event: 'ticket:resumed',
  },
  {
    name: 'transfer to another lane keeps the number',
    setup: servingAtC2,
    command: ({ t }) => ({
      type: 'ticket:transfer',
      actorId: 'x',
      ticketId: t!,
      to: { kind: 'lane', laneId: 'B', position: 'first' },
      note: '对公业务',
    }),
    expect: (b, { t }) => {
      const tk = b.ticket(t!);
      expect(tk).toMatchObject({ number: 'A001', laneId: 'B', status: 'waiting', front: true });
      expect(tk.redirects).toHaveLength(1);
      expect(b.counter('c2').currentTicketId).toBeNull();
    },
    event: 'ticket:transferred',
  },
  {
    name: 'transfer to a counter pins the ticket there',
    setup: servingAtC2,
    command: ({ t }) => ({
      type: 'ticket:transfer',
      actorId: 'x',
      ticketId: t!,
      to: { kind: 'counter', counterId: 'c6' },
      note: '',
    }),
    expect: (b, { t }) => expect(b.ticket(t!).pinnedCounterId).toBe('c6'),
    event: 'ticket:transferred',
  },
  {
    name: 'cancel a waiting ticket',
    setup: (b) => ({ t: b.issue('A') }),
    command: ({ t }) => ({ type: 'ticket:cancel', actorId: 'l', ticketId: t!, reason: 'customer left' }),
    expect: (b, { t }) => expect(b.ticket(t!).outcome).toBe('cancelled'),
    event: 'ticket:cancelled',
  },
  {
    name: 'reactivate a no-show at the front',
    setup: (b) => {
      const ids = calledAtC2(b);
      b.advance(b.state.config.policy.noShowMinSec * 1000);
      b.do({ type: 'ticket:markNoShow', actorId: 'x', counterId: 'c2' });
      return ids;
    },
    command: ({ t }) => ({ type: 'ticket:reactivate', actorId: 'l', ticketId: t!, reason: 'customer returned' }),
    expect: (b, { t }) => expect(b.ticket(t!)).toMatchObject({ status: 'waiting', front: true, outcome: null }),
    event: 'ticket:reactivated',
  },
  {
    name: 'set a priority group',
    setup: (b) => ({ t: b.issue('A') }),
    command: ({ t }) => ({
      type: 'ticket:setPriority',
      actorId: 'l',
      ticketId: t!,
      priorityGroupId: 'elderly',
      reason: '80 years old',
    }),
    expect: (b, { t }) => expect(b.ticket(t!).priorityGroupId).toBe('elderly'),
    event: 'ticket:prioritized',
  },
  {
    name: 'pause and resume a counter',
    setup: (b) => {
      b.open('c2');
      return {};
    },
    command: () => ({ type: 'counter:pause', actorId: 'x', counterId: 'c2', reason: 'break', note: '' }),
    expect: (b) => expect(b.counter('c2')).toMatchObject({ status: 'paused', pauseReason: 'break' }),
    event: 'counter:paused',
  },
  {
    name: 'sign on opens the counter for the teller',
    setup: () => ({}),
    command: () => ({ type: 'counter:signOn', actorId: 'u1', counterId: 'c3', tellerId: 'u1', tellerName: '张三' }),
    expect: (b) => expect(b.counter('c3')).toMatchObject({ status: 'open', tellerId: 'u1', online: true }),
    event: 'counter:signedOn',
  },
  {
    name: 'presence: offline counter',
    setup: (b) => {
      b.do({ type: 'counter:signOn', actorId: 'u1', counterId: 'c3', tellerId: 'u1', tellerName: '张三' });
      return {};
    },
    command: () => ({ type: 'counter:setOnline', actorId: null, counterId: 'c3', online: false }),
    expect: (b) => expect(b.counter('c3').online).toBe(false),
    event: 'counter:wentOffline',
  },
  {
    name: 'change the lanes a counter serves',
    setup: () => ({}),
    command: () => ({
      type: 'counter:setLanes',
      actorId: 'l',
      counterId: 'c8',
      laneIds: ['V', 'A', 'B'],
      reason: 'business queue long',
    }),
    expect: (b) => expect(b.counter('c8').laneIds).toEqual(['V', 'A', 'B']),
    event: 'counter:lanesChanged',
  },
  {
    name: 'emergency mode on',
    setup: () => ({}),
    command: () => ({ type: 'emergency:start', actorId: 'l', message: '系统故障，暂停取号' }),
    expect: (b) => expect(b.state.emergency).toMatchObject({ active: true, message: '系统故障，暂停取号' }),
    event: 'emergency:started',
  },
  {
    name: 'a hall message stays up for the branch default (hallMessageMin)',
    setup: () => ({}),
    command: () => ({ type: 'hall:broadcast', actorId: 'l', messageId: 'm1', text: '请保管好财物', speak: false }),
    expect: (b) => {
      expect(b.state.lastMessage).toMatchObject({ id: 'm1', at: b.now, expiresAt: b.now + 10 * MIN });
      expect(hallMessageShown(b.state.lastMessage, b.now + 10 * MIN - 1)).toBe(true);
      expect(hallMessageShown(b.state.lastMessage, b.now + 10 * MIN)).toBe(false);
    },
    event: 'hall:broadcasted',
  },
  {
    name: 'a hall message stays up for the minutes the lobby chose',
    setup: () => ({}),
    command: () => ({
      type: 'hall:broadcast',
      actorId: 'l',
      messageId: 'm2',
      text: '对公窗口午间暂停',
      speak: true,
      durationMin: 45,
    }),
    expect: (b) => expect(b.state.lastMessage).toMatchObject({ id: 'm2', expiresAt: b.now + 45 * MIN }),
    event: 'hall:broadcasted',
  },
  {
    name: 'day close ends every open ticket',
    setup: (b) => ({ w: b.issue('A'), ...suspendedFromC2(b) }),
    command: () => ({ type: 'day:close', actorId: 'admin', reason: 'end of day' }),
    expect: (b, { w, t }) => {
      expect(b.ticket(w!).outcome).toBe('closed_at_day_end');
      expect(b.ticket(t!).outcome).toBe('closed_at_day_end');
      expect(b.state.dayClosed).toBe(true);
    },
    event: 'day:closed',
  },
];

describe('engine transitions', () => {
  for (const c of cases) {
    it(c.name, () => {
      const b = new Branch();
      const ids = c.setup(b);
      const r = b.do(c.command(ids));
      expect(r.events.map((e) => e.type)).toContain(c.event);
      c.expect(b, ids);
    });
  }
});

interface RefusalCase {
  name: string;
  setup: (b: Branch) => Record<string, string>;
  command: (ids: Record<string, string>) => EngineCommand;
  code: string;
  config?: Parameters<typeof testConfig>[0];
  at?: string;
}

const refusals: RefusalCase[] = [
  {
    name: 'issue before opening',
    setup: () => ({}),
    at: '2026-11-24T08:30:00+08:00',
    command: () => issueA('x'),
    code: 'OUTSIDE_BUSINESS_HOURS',
  },
  {
    name: 'issue on a holiday',
    setup: () => ({}),
    config: (c) => ({
      ...c,
      hours: { ...c.hours, calendarOverrides: [{ date: '2026-11-24', open: false, note: '装修' }] },
    }),
    command: () => issueA('x'),
    code: 'OUTSIDE_BUSINESS_HOURS',
  },
  {
    name: 'issue on a Sunday',
    setup: () => ({}),
    at: '2026-11-29T10:00:00+08:00',
    command: () => issueA('x'),
    code: 'OUTSIDE_BUSINESS_HOURS',
  },
  {
    name: 'issue after the last-ticket cut-off',
    setup: () => ({}),
    at: '2026-11-24T16:50:00+08:00',
    command: () => issueA('x'),
    code: 'AFTER_LAST_TICKET',
  },
  {
    name: 'issue past the daily cap',
    setup: (b) => ({ a: b.issue('A'), b: b.issue('A') }),
    config: (c) => ({ ...c, lanes: c.lanes.map((l) => (l.id === 'A' ? { ...l, dailyCap: 2 } : l)) }),
    command: () => issueA('x'),
    code: 'LANE_CAP_REACHED',
  },
  {
    name: 'issue past the number range',
    setup: (b) => ({ a: b.issue('A'), b: b.issue('A') }),
    config: (c) => ({ ...c, lanes: c.lanes.map((l) => (l.id === 'A' ? { ...l, rangeStart: 1, rangeEnd: 2 } : l)) }),
    command: () => issueA('x'),
    code: 'NUMBER_RANGE_EXHAUSTED',
  },
  {
    name: 'issue into a paused lane',
    setup: (b) => {
      b.do({ type: 'lane:pause', actorId: 'l', laneId: 'A', reason: 'staff shortage' });
      return {};
    },
    command: () => issueA('x'),
    code: 'LANE_PAUSED',
  },
  {
    name: 'issue in emergency mode',
    setup: (b) => {
      b.do({ type: 'emergency:start', actorId: 'l', message: 'fire drill' });
      return {};
    },
    command: () => issueA('x'),
    code: 'EMERGENCY_MODE',
  },
  {
    name: 'issue a business type of another lane',
    setup: () => ({}),
    command: () => ({ ...issueA('x'), businessTypeId: 'corp-account' }),
    code: 'LANE_NOT_SERVED',
  },
  {
    name: 'issue an unknown lane',
    setup: () => ({}),
    command: () => ({ ...issueA('x'), laneId: 'Z' }),
    code: 'NOT_FOUND',
  },
  {
    name: 'call at a closed counter',
    setup: (b) => ({ t: b.issue('A') }),
    command: () => callNext('c2'),
    code: 'COUNTER_NOT_OPEN',
  },
  {
    name: 'call at a paused counter',
    setup: (b) => {
      b.open('c2').do({ type: 'counter:pause', actorId: 'x', counterId: 'c2', reason: 'phone', note: '' });
      return { t: b.issue('A') };
    },
    command: () => callNext('c2'),
    code: 'COUNTER_PAUSED',
  },
  {
    name: 'call at an offline counter',
    setup: (b) => {
      b.do({ type: 'counter:signOn', actorId: 'u', counterId: 'c2', tellerId: 'u', tellerName: 'u' });
      b.do({ type: 'counter:setOnline', actorId: null, counterId: 'c2', online: false });
      return { t: b.issue('A') };
    },
    command: () => callNext('c2'),
    code: 'COUNTER_OFFLINE',
  },
  {
    name: 'call while holding a ticket',
    setup: (b) => ({ ...calledAtC2(b), u: b.issue('A') }),
    command: () => callNext('c2'),
    code: 'COUNTER_BUSY',
  },
  {
    name: 'call with nobody waiting',
    setup: (b) => {
      b.open('c2');
      return {};
    },
    command: () => callNext('c2'),
    code: 'QUEUE_EMPTY',
  },
  {
    name: 'call in emergency mode',
    setup: (b) => {
      b.open('c2').issue('A');
      b.do({ type: 'emergency:start', actorId: 'l', message: 'x' });
      return {};
    },
    command: () => callNext('c2'),
    code: 'EMERGENCY_MODE',
  },
  {
    name: 'call a ticket of a lane the counter does not serve',
    setup: (b) => {
      b.open('c2');
      return { t: b.issue('B') };
    },
    command: ({ t }) => ({ type: 'counter:callTicket', actorId: 'x', counterId: 'c2', ticketId: t!, reason: 'r' }),
    code: 'LANE_NOT_SERVED',
  },
  {
    name: 'recall past the limit',
    setup: (b) => {
      const ids = calledAtC2(b);
      b.do({ type: 'ticket:recall', actorId: 'x', counterId: 'c2' });
      b.do({ type: 'ticket:recall', actorId: 'x', counterId: 'c2' });
      return ids;
    },
    command: () => ({ type: 'ticket:recall', actorId: 'x', counterId: 'c2' }),
    code: 'RECALL_LIMIT_REACHED',
  },
  {
    name: 'recall a ticket in service',
    setup: servingAtC2,
    command: () => ({ type: 'ticket:recall', actorId: 'x', counterId: 'c2' }),
    code: 'INVALID_STATE',
  },
  {
    name: 'start with no ticket',
    setup: (b) => {
      b.open('c2');
      return {};
    },
    command: () => ({ type: 'ticket:start', actorId: 'x', counterId: 'c2' }),
    code: 'COUNTER_IDLE',
  },
  {
    name: 'finish before start',
    setup: calledAtC2,
    command: () => ({
      type: 'ticket:finish',
      actorId: 'x',
      counterId: 'c2',
      outcome: 'served',
      servedBusinessTypeIds: [],
    }),
    code: 'INVALID_STATE',
  },
  {
    name: 'no-show right after the call',
    setup: (b) => {
      const ids = calledAtC2(b);
      b.advance(b.state.config.policy.noShowMinSec * 1000 - 1);
      return ids;
    },
    command: () => ({ type: 'ticket:markNoShow', actorId: 'x', counterId: 'c2' }),
    code: 'NO_SHOW_TOO_EARLY',
  },
  {
    name: 'no-show right after a recall: the minimum counts from the last call',
    setup: (b) => {
      const ids = calledAtC2(b);
      b.advance(b.state.config.policy.noShowMinSec * 1000);
      b.do({ type: 'ticket:recall', actorId: 'x', counterId: 'c2' });
      b.advance(1000);
      return ids;
    },
    command: () => ({ type: 'ticket:markNoShow', actorId: 'x', counterId: 'c2' }),
    code: 'NO_SHOW_TOO_EARLY',
  },
  {
    name: 'suspend saying nothing about what is missing',
    setup: servingAtC2,
    command: () => ({ type: 'ticket:suspend', actorId: 'x', counterId: 'c2', missingMaterials: [], note: ' ' }),
    code: 'INVALID_PAYLOAD',
  },
  {
    name: 'suspend for a material the business type does not list',
    setup: servingAtC2,
    command: () => ({
      type: 'ticket:suspend',
      actorId: 'x',
      counterId: 'c2',
      missingMaterials: [{ zh: '营业执照', en: 'Business licence' }],
      note: '',
    }),
    code: 'NOT_FOUND',
  },
  {
    name: 'finish partially without a reason',
    setup: servingAtC2,
    command: () => ({
      type: 'ticket:finish',
      actorId: 'x',
      counterId: 'c2',
      outcome: 'partially_served',
      servedBusinessTypeIds: ['cash'],
      reason: { reasonId: null, note: '' },
    }),
    code: 'INVALID_PAYLOAD',
  },
  {
    name: 'finish not served with a reason the branch does not have',
    setup: servingAtC2,
    command: () => ({
      type: 'ticket:finish',
      actorId: 'x',
      counterId: 'c2',
      outcome: 'not_served',
      servedBusinessTypeIds: [],
      reason: { reasonId: 'weather', note: '' },
    }),
    code: 'NOT_FOUND',
  },
  {
    name: 'no-show while serving',
    setup: servingAtC2,
    command: () => ({ type: 'ticket:markNoShow', actorId: 'x', counterId: 'c2' }),
    code: 'INVALID_STATE',
  },
  {
    name: 'resume a ticket that is not suspended',
    setup: (b) => ({ t: b.issue('A') }),
    command: ({ t }) => ({ type: 'ticket:resume', actorId: 'l', ticketId: t!, mode: 'front', reason: 'r' }),
    code: 'INVALID_STATE',
  },
  {
    name: 'cancel a ticket in service',
    setup: servingAtC2,
    command: ({ t }) => ({ type: 'ticket:cancel', actorId: 'l', ticketId: t!, reason: 'r' }),
    code: 'INVALID_STATE',
  },
  {
    name: 'reactivate a waiting ticket',
    setup: (b) => ({ t: b.issue('A') }),
    command: ({ t }) => ({ type: 'ticket:reactivate', actorId: 'l', ticketId: t!, reason: 'r' }),
    code: 'INVALID_STATE',
  },
  {
    name: 'transfer a finished ticket',
    setup: (b) => {
      const ids = servingAtC2(b);
      b.do({ type: 'ticket:finish', actorId: 'x', counterId: 'c2', outcome: 'served', servedBusinessTypeIds: [] });
      return ids;
    },
    command: ({ t }) => ({
      type: 'ticket:transfer',
      actorId: 'x',
      ticketId: t!,
      to: { kind: 'lane', laneId: 'B', position: 'last' },
      note: '',
    }),
    code: 'INVALID_STATE',
  },
  {
    name: 'transfer to an unknown lane',
    setup: (b) => ({ t: b.issue('A') }),
    command: ({ t }) => ({
      type: 'ticket:transfer',
      actorId: 'x',
      ticketId: t!,
      to: { kind: 'lane', laneId: 'Q', position: 'last' },
      note: '',
    }),
    code: 'NOT_FOUND',
  },
  {
    name: 'sign on to a counter another teller holds',
    setup: (b) => {
      b.do({ type: 'counter:signOn', actorId: 'u1', counterId: 'c2', tellerId: 'u1', tellerName: 'A' });
      return {};
    },
    command: () => ({ type: 'counter:signOn', actorId: 'u2', counterId: 'c2', tellerId: 'u2', tellerName: 'B' }),
    code: 'COUNTER_HELD',
  },
  {
    name: 'sign off while serving',
    setup: (b) => {
      b.do({ type: 'counter:signOn', actorId: 'u1', counterId: 'c2', tellerId: 'u1', tellerName: 'A' });
      b.issue('A');
      b.call('c2');
      return {};
    },
    command: () => ({ type: 'counter:signOff', actorId: 'u1', counterId: 'c2' }),
    code: 'COUNTER_BUSY',
  },
  {
    name: 'close a counter holding a ticket',
    setup: calledAtC2,
    command: () => ({ type: 'counter:close', actorId: 'l', counterId: 'c2', reason: '' }),
    code: 'COUNTER_BUSY',
  },
  {
    name: 'pause a closed counter',
    setup: () => ({}),
    command: () => ({ type: 'counter:pause', actorId: 'x', counterId: 'c2', reason: 'break', note: '' }),
    code: 'COUNTER_NOT_OPEN',
  },
  { name: 'unknown counter', setup: () => ({}), command: () => callNext('c99'), code: 'NOT_FOUND' },
  {
    name: 'second VIP visit in an occupied room',
    setup: (b) => {
      b.do({ type: 'vipVisit:start', actorId: 'l', visitId: 'v1', roomId: 'room1', ticketId: null, note: '' });
      return {};
    },
    command: () => ({ type: 'vipVisit:start', actorId: 'l', visitId: 'v2', roomId: 'room1', ticketId: null, note: '' }),
    code: 'VIP_ROOM_OCCUPIED',
  },
  {
    name: 'accepting a page meant for someone else',
    setup: (b) => {
      b.do({ type: 'vipVisit:start', actorId: 'l', visitId: 'v1', roomId: 'room1', ticketId: null, note: '' });
      b.do({ type: 'vipVisit:page', actorId: 'l', visitId: 'v1', staffId: 'u1' });
      return {};
    },
    command: () => ({ type: 'vipVisit:accept', actorId: 'u2', visitId: 'v1', staffId: 'u2' }),
    code: 'FORBIDDEN',
  },
  {
    name: 'finishing a VIP visit paged to someone else',
    setup: (b) => {
      b.do({ type: 'vipVisit:start', actorId: 'l', visitId: 'v1', roomId: 'room1', ticketId: null, note: '' });
      b.do({ type: 'vipVisit:page', actorId: 'l', visitId: 'v1', staffId: 'u1' });
      b.do({ type: 'vipVisit:accept', actorId: 'u1', visitId: 'v1', staffId: 'u1' });
      return {};
    },
    command: () => ({ type: 'vipVisit:finish', actorId: 'u2', visitId: 'v1', staffId: 'u2', floor: false }),
    code: 'FORBIDDEN',
  },
  {
    name: 'config with a stale version',
    setup: () => ({}),
    command: () => ({ type: 'config:apply', actorId: 'admin', config: testConfig() }),
    code: 'CONFIG_CONFLICT',
  },
  {
    name: 'config removing a lane with waiting tickets',
    setup: (b) => ({ t: b.issue('B') }),
    command: () => {
      const c = testConfig();
      return {
        type: 'config:apply',
        actorId: 'admin',
        config: {
          ...c,
          version: 2,
          lanes: c.lanes.filter((l) => l.id !== 'B'),
          businessTypes: c.businessTypes.filter((x) => x.laneId !== 'B'),
          counters: c.counters.map((k) => ({
            ...k,
            laneIds: k.laneIds.filter((id) => id !== 'B').length ? k.laneIds.filter((id) => id !== 'B') : ['A'],
          })),
        },
      };
    },
    code: 'CONFIG_INVALID',
  },
  {
    name: 'second day close',
    setup: (b) => {
      b.do({ type: 'day:close', actorId: 'a', reason: 'r' });
      return {};
    },
    command: () => ({ type: 'day:close', actorId: 'a', reason: 'r' }),
    code: 'INVALID_STATE',
  },
];

function issueA(id: string): EngineCommand {
  return {
    type: 'ticket:issue',
    actorId: 'k',
    ticketId: id,
    token: 'tok',
    laneId: 'A',
    businessTypeId: 'cash',
    priorityGroupId: null,
    vipTierId: null,
    channel: 'kiosk',
  };
}
function callNext(counterId: string): EngineCommand {
  return { type: 'counter:callNext', actorId: 'x', counterId };
}

describe('engine refusals', () => {
  for (const c of refusals) {
    it(`refuses: ${c.name}`, () => {
      const b = new Branch(testConfig(c.config), c.at ? Date.parse(c.at) : undefined);
      const ids = c.setup(b);
      const before = b.state;
      const r = b.try(c.command(ids));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe(c.code);
      expect(b.state).toBe(before);
    });
  }
});

describe('timers and day rollover', () => {
  it('auto no-show after the last recall and the grace period', () => {
    const b = new Branch();
    const { t } = calledAtC2(b);
    b.do({ type: 'ticket:recall', actorId: 'x', counterId: 'c2' });
    b.do({ type: 'ticket:recall', actorId: 'x', counterId: 'c2' });
    b.advance(59_000);
    expect(b.do({ type: 'system:tick', actorId: null }).events).toHaveLength(0);
    b.advance(2_000);
    const r = b.do({ type: 'system:tick', actorId: null });
    expect(r.events.map((e) => e.type)).toEqual(['ticket:noShowed']);
    expect(b.ticket(t!).status).toBe('no_show');
    expect(b.counter('c2').currentTicketId).toBeNull();
  });

  it('closes the day at the configured time', () => {
    const b = new Branch();
    b.issue('A');
    b.now = Date.parse('2026-11-24T17:31:00+08:00');
    const r = b.do({ type: 'system:tick', actorId: null });
    expect(r.events.map((e) => e.type)).toEqual(['day:closed']);
    expect(b.try(issueA('late')).ok).toBe(false);
  });

  it('a new business date restarts numbering without losing the old day', () => {
    const b = new Branch();
    b.issue('A');
    b.issue('A');
    b.now = Date.parse('2026-11-25T09:30:00+08:00');
    const r = b.do(issueA('next-day'));
    expect(r.events.map((e) => e.type)).toEqual(['day:closed', 'day:opened', 'ticket:issued']);
    expect(b.ticket('next-day')).toMatchObject({ number: 'A001', businessDate: '2026-11-25' });
    expect(b.state.tickets.size).toBe(1);
  });

  it('wait counts to the last call: a recall moves calledAt', () => {
    const b = new Branch();
    const { t } = calledAtC2(b);
    const first = b.ticket(t!).calledAt;
    b.advance(MIN);
    b.do({ type: 'ticket:recall', actorId: 'x', counterId: 'c2' });
    expect(b.ticket(t!).calledAt).toBe(first! + MIN);
    expect(b.ticket(t!).firstCalledAt).toBe(first);
  });
});
