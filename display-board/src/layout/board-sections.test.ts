import { describe, expect, it } from 'vitest';
import type { CallAnnouncement, CounterPublicView } from '@lobby/shared';
import { demoBranchConfig } from '../../../server/src/seed/demo-config.ts';
import { buildSections, callsBySection } from './board-sections.ts';

const config = demoBranchConfig();
const counters: CounterPublicView[] = config.counters.map((c) => ({
  id: c.id,
  number: c.number,
  name: c.name,
  zoneId: c.zoneId,
  laneIds: c.laneIds,
  status: 'open',
  away: false,
  currentNumber: null,
}));
const call = (number: string, laneId: string, at: number): CallAnnouncement => ({
  ticketId: number,
  number,
  laneId,
  counterId: 'c2',
  counterNumber: 2,
  counterName: { zh: '2号窗口', en: 'Counter 2' },
  at,
  recall: 0,
});

describe('buildSections', () => {
  it('keeps business lanes and counters apart from personal ones', () => {
    const sections = buildSections(config, counters, [], null);
    expect(sections.map((s) => s.kind)).toEqual(['personal', 'business']);
    expect(sections[0]!.lanes.map((l) => l.lane.id)).toEqual(['K', 'A', 'V']);
    expect(sections[0]!.counters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 8]);
    expect(sections[1]!.lanes.map((l) => l.lane.id)).toEqual(['B']);
    expect(sections[1]!.counters.map((c) => c.number)).toEqual([6, 7]);
  });

  it('shows only the paired lanes and the counters that serve them', () => {
    const sections = buildSections(config, counters, [], ['B']);
    expect(sections.map((s) => s.kind)).toEqual(['business']);
    expect(sections[0]!.counters.map((c) => c.number)).toEqual([6, 7]);
    const personal = buildSections(config, counters, [], ['V']);
    expect(personal[0]!.counters.map((c) => c.number)).toEqual([2, 3, 4, 5, 8]);
  });
});

describe('callsBySection', () => {
  it('splits calls by section and drops lanes the screen does not show', () => {
    const calls = [call('B002', 'B', 3), call('A010', 'A', 2), call('K001', 'K', 1)];
    expect(callsBySection(config, calls, null)).toEqual({ personal: [calls[1], calls[2]], business: [calls[0]] });
    expect(callsBySection(config, calls, ['A'])).toEqual({ personal: [calls[1]], business: [] });
  });
});
