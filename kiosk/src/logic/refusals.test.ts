import { describe, expect, it } from 'vitest';
import type { BusinessHours, Lane, LaneStats } from '@lobby/shared';
import { branchRefusal, laneRefusal, refusalFromCode } from './refusals.ts';

const hours: BusinessHours = {
  timeZone: 'Asia/Shanghai',
  open: '09:00',
  close: '17:00',
  lastTicket: '16:45',
  lunch: null,
  weekdays: [1, 2, 3, 4, 5, 6, 7],
  calendarOverrides: [],
  dayCloseAt: '17:30',
};
const lane: Lane = {
  id: 'A',
  prefix: 'A',
  kind: 'personal',
  zoneId: 'soft',
  name: { zh: '个人业务', en: 'Personal' },
  rangeStart: 1,
  rangeEnd: 999,
  dailyCap: 3,
  targetWaitMin: 15,
  maxWaitMin: 30,
  weight: 1,
};
const stats = (p: Partial<LaneStats>): LaneStats => ({
  laneId: 'A',
  waiting: 0,
  longestWaitMs: 0,
  estimate: null,
  ahead: null,
  paused: false,
  issuedToday: 0,
  ...p,
});
const tenAm = Date.parse('2026-11-24T10:00:00+08:00');

describe('refusals', () => {
  it('emergency mode wins over everything', () => {
    const late = Date.parse('2026-11-24T23:00:00+08:00');
    expect(branchRefusal(hours, { active: true, message: '消防演练', since: 1 }, late)).toEqual({
      kind: 'emergency',
      message: '消防演练',
    });
  });

  it('uses the business hours when there is no emergency', () => {
    expect(branchRefusal(hours, { active: false, message: '', since: null }, tenAm)).toBeNull();
    expect(
      branchRefusal(hours, { active: false, message: '', since: null }, Date.parse('2026-11-24T16:50:00+08:00'))?.kind,
    ).toBe('after_last_ticket');
  });

  it('pre-shows a paused lane and a reached daily cap', () => {
    expect(laneRefusal(lane, stats({}))).toBeNull();
    expect(laneRefusal(lane, stats({ paused: true }))).toEqual({ kind: 'lane_paused', laneId: 'A' });
    expect(laneRefusal(lane, stats({ issuedToday: 2 }))).toBeNull();
    expect(laneRefusal(lane, stats({ issuedToday: 3 }))).toEqual({ kind: 'lane_cap_reached', laneId: 'A' });
    expect(laneRefusal(lane, undefined)).toBeNull();
  });

  it('maps every server refusal of an issue to a kiosk reason', () => {
    const ctx = { laneId: 'A', hours, emergencyMessage: '暂停营业', now: tenAm };
    expect(refusalFromCode('LANE_CAP_REACHED', ctx)).toEqual({ kind: 'lane_cap_reached', laneId: 'A' });
    expect(refusalFromCode('NUMBER_RANGE_EXHAUSTED', ctx)).toEqual({ kind: 'lane_cap_reached', laneId: 'A' });
    expect(refusalFromCode('LANE_PAUSED', ctx)).toEqual({ kind: 'lane_paused', laneId: 'A' });
    expect(refusalFromCode('EMERGENCY_MODE', ctx)).toEqual({ kind: 'emergency', message: '暂停营业' });
    expect(refusalFromCode('AFTER_LAST_TICKET', ctx)).toEqual({ kind: 'after_last_ticket', lastTicket: '16:45' });
    expect(refusalFromCode('RATE_LIMITED', ctx)).toEqual({ kind: 'rate_limited' });
    expect(refusalFromCode('INTERNAL', ctx)).toEqual({ kind: 'server_error', code: 'INTERNAL' });
  });

  it('words an hours refusal by the local clock when it agrees, generically when not (e.g. day closed early)', () => {
    const early = Date.parse('2026-11-24T08:00:00+08:00');
    expect(refusalFromCode('OUTSIDE_BUSINESS_HOURS', { laneId: 'A', hours, emergencyMessage: '', now: early })).toEqual(
      { kind: 'before_open', open: '09:00' },
    );
    expect(refusalFromCode('OUTSIDE_BUSINESS_HOURS', { laneId: 'A', hours, emergencyMessage: '', now: tenAm })).toEqual(
      { kind: 'outside_hours' },
    );
  });
});
