import type { BranchConfig, BusinessType, Lane, LaneKind } from '@lobby/shared';

/** Config look-ups the screens share. */
export function laneOfKind(config: BranchConfig, kind: LaneKind): Lane | undefined {
  return config.lanes.find((l) => l.kind === kind);
}

export function laneById(config: BranchConfig, laneId: string | null): Lane | undefined {
  return laneId === null ? undefined : config.lanes.find((l) => l.id === laneId);
}

export function businessTypesOf(config: BranchConfig, laneId: string): BusinessType[] {
  return config.businessTypes.filter((b) => b.laneId === laneId && b.enabled);
}

/** The VIP lane exists only when the branch names one and recognises tiers. */
export function vipLane(config: BranchConfig): Lane | undefined {
  return config.vipLaneId === null ? undefined : laneById(config, config.vipLaneId);
}
