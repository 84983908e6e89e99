/**
 * Personal and business customers never share a display section (docs/domain.md §1, docs/requirements.md R147).
 * A lane's kind decides its section (fast and VIP customers are personal customers); a
 * counter belongs to the section of its primary lane. A screen paired to some lanes
 * (?lanes=A,V) keeps only those lanes, the counters serving them and their calls.
 */
import type { BranchConfig, CallAnnouncement, CounterPublicView, Lane, LaneStats } from '@lobby/shared';

export type SectionKind = 'personal' | 'business';

export interface BoardSection {
  kind: SectionKind;
  lanes: { lane: Lane; stats: LaneStats | null }[];
  counters: CounterPublicView[];
}

export function sectionOfLane(lane: Pick<Lane, 'kind'>): SectionKind {
  return lane.kind === 'business' ? 'business' : 'personal';
}

function laneMatches(lane: Lane, filter: readonly string[] | null): boolean {
  return !filter || filter.includes(lane.id) || filter.includes(lane.prefix);
}

export function visibleLanes(config: BranchConfig, filter: readonly string[] | null): Lane[] {
  return config.lanes.filter((l) => laneMatches(l, filter));
}

export function buildSections(
  config: BranchConfig,
  counters: CounterPublicView[],
  stats: LaneStats[],
  filter: readonly string[] | null,
): BoardSection[] {
  const lanes = visibleLanes(config, filter);
  const laneById = new Map(config.lanes.map((l) => [l.id, l]));
  const visibleIds = new Set(lanes.map((l) => l.id));
  const sections: BoardSection[] = [];
  for (const kind of ['personal', 'business'] as const) {
    const sectionLanes = lanes.filter((l) => sectionOfLane(l) === kind);
    const sectionCounters = counters.filter((c) => {
      const primary = c.laneIds[0] ? laneById.get(c.laneIds[0]) : undefined;
      return primary !== undefined && sectionOfLane(primary) === kind && c.laneIds.some((id) => visibleIds.has(id));
    });
    if (sectionLanes.length === 0 && sectionCounters.length === 0) continue;
    sections.push({
      kind,
      lanes: sectionLanes.map((lane) => ({ lane, stats: stats.find((s) => s.laneId === lane.id) ?? null })),
      counters: sectionCounters,
    });
  }
  return sections;
}

/** Calls of this screen's lanes, split by section, newest first. */
export function callsBySection(
  config: BranchConfig,
  calls: CallAnnouncement[],
  filter: readonly string[] | null,
): Record<SectionKind, CallAnnouncement[]> {
  const out: Record<SectionKind, CallAnnouncement[]> = { personal: [], business: [] };
  const laneById = new Map(config.lanes.map((l) => [l.id, l]));
  for (const call of calls) {
    const lane = laneById.get(call.laneId);
    if (!lane || !laneMatches(lane, filter)) continue;
    out[sectionOfLane(lane)].push(call);
  }
  return out;
}
