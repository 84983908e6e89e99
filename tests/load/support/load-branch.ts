import { isRestrictedLane, type BranchConfig, type CounterConfig } from '@lobby/shared';

/**
 * The demo branch grown to `counterCount` counters (one teller client each) with caps and
 * number ranges large enough that a bounded load run exercises calling, not refusals —
 * except lane K, kept at the demo's cap so NUMBER_RANGE/LANE_CAP refusals also happen.
 */
const EXTRA_LANE_ORDERS = [
  ['A', 'V'],
  ['B', 'A'],
  ['V', 'A'],
  ['A', 'B', 'K'],
  ['K', 'A'],
];

export function loadBranchConfig(base: BranchConfig, counterCount: number): BranchConfig {
  const counters: CounterConfig[] = [...base.counters];
  for (let n = counters.length + 1; n <= counterCount; n++) {
    counters.push({
      id: `c${n}`,
      number: n,
      name: { zh: `${n}号窗口`, en: `Counter ${n}` },
      zoneId: 'soft',
      laneIds: EXTRA_LANE_ORDERS[n % EXTRA_LANE_ORDERS.length]!,
    });
  }
  const lanes = base.lanes.map((l) => (l.id === 'K' ? l : { ...l, rangeEnd: 9999, dailyCap: 9999 }));
  return { ...base, counters: counters.slice(0, counterCount), lanes };
}

/** Business types per lane a kiosk may issue into (not the VIP or restricted lanes), for kiosks picking at random. */
export function businessTypesByLane(config: BranchConfig): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const b of config.businessTypes) {
    if (!b.enabled || isRestrictedLane(config, b.laneId)) continue;
    out.set(b.laneId, [...(out.get(b.laneId) ?? []), b.id]);
  }
  return out;
}
