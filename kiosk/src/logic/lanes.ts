import {
  pickText,
  type BranchConfig,
  type BusinessType,
  type Lane,
  type LaneKind,
  type UiLanguage,
} from '@lobby/shared';

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

/**
 * The hard-zone button's hint, from the configuration: the self-service machines, then the
 * fast lane's businesses — each under the one name the K list shows (no word of its own).
 */
export function hardZoneHint(config: BranchConfig, lang: UiLanguage): string {
  const fast = laneOfKind(config, 'fast');
  const names = [
    ...config.selfService.map((s) => s.name),
    ...(fast ? businessTypesOf(config, fast.id).map((b) => b.name) : []),
  ];
  return names.map((n) => pickText(n, lang)).join(' · ');
}
