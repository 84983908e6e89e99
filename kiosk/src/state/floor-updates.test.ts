import { describe, expect, it } from 'vitest';
import type { LaneStats, PublicQueueEvent } from '@lobby/shared';
import { floorAfterEvent } from './floor-updates.ts';
import { NO_EMERGENCY } from './kiosk-store.ts';

const lane = (laneId: string, p: Partial<LaneStats> = {}): LaneStats => ({
  laneId,
  waiting: 0,
  longestWaitMs: 0,
  estimate: null,
  ahead: null,
  paused: false,
  issuedToday: 0,
  ...p,
});
const event = (p: Partial<PublicQueueEvent>): PublicQueueEvent => ({
  audience: 'public',
  seq: 5,
  type: 'ticket:issued',
  at: 0,
  businessDate: '2026-11-24',
  lanes: [],
  ...p,
});

describe('floorAfterEvent', () => {
  const base = {
    config: null,
    lanes: { A: lane('A', { waiting: 3 }), B: lane('B', { waiting: 1 }) },
    emergency: NO_EMERGENCY,
    businessDate: '2026-11-24',
  };

  it('upserts the lanes the event carries and keeps the others', () => {
    const next = floorAfterEvent(base, event({ lanes: [lane('A', { waiting: 4, issuedToday: 9 })] }));
    expect(next.lanes.A?.waiting).toBe(4);
    expect(next.lanes.B?.waiting).toBe(1);
    expect(next.lastSeq).toBe(5);
  });

  it('takes emergency state from emergency events', () => {
    const next = floorAfterEvent(
      base,
      event({ type: 'emergency:started', emergency: { active: true, message: '暂停', since: 1 } }),
    );
    expect(next.emergency.active).toBe(true);
    expect(floorAfterEvent({ ...base, emergency: next.emergency }, event({})).emergency.active).toBe(true);
  });

  it('drops yesterday figures on a new business date', () => {
    const next = floorAfterEvent(base, event({ businessDate: '2026-11-25', lanes: [lane('A')] }));
    expect(Object.keys(next.lanes)).toEqual(['A']);
  });
});
