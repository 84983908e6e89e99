/**
 * The concrete suggestion behind a predicted-over-target alert (docs/domain.md §7):
 * 1. open a closed counter that already lists the lane — where the lane is its primary
 *    lane first, so the counter set up for it is preferred;
 * 2. otherwise let an open counter in the lane's zone take the lane as well — the one whose
 *    own lanes are least pressed, so the fix does not move the problem elsewhere.
 * Counters in another zone are never suggested: the hard zone's fast counter is not a place
 * to serve personal customers (docs/domain.md §1).
 */
import type { LocalizedText } from '@lobby/shared';
import type { EngineState } from '../../engine/types.ts';
import { addLaneSuggestion, counterOf, laneOf, openCounterSuggestion } from './alert-text.ts';

export interface LaneLoad {
  waiting: number;
  overTarget: boolean;
}

export function suggestCounterFor(
  state: EngineState,
  laneId: string,
  loads: ReadonlyMap<string, LaneLoad>,
): { counterId: string; text: LocalizedText } | null {
  const lane = laneOf(state.config, laneId);
  if (!lane) return null;

  const closed = [...state.counters.values()]
    .filter((c) => c.status === 'closed' && c.laneIds.includes(laneId))
    .map((c) => ({ runtime: c, config: counterOf(state.config, c.id) }))
    .filter((c) => c.config !== undefined && c.config.zoneId === lane.zoneId)
    .sort(
      (a, b) =>
        a.runtime.laneIds.indexOf(laneId) - b.runtime.laneIds.indexOf(laneId) || a.config!.number - b.config!.number,
    );
  const toOpen = closed[0];
  if (toOpen?.config) return { counterId: toOpen.runtime.id, text: openCounterSuggestion(toOpen.config, lane) };

  const helpers = [...state.counters.values()]
    .filter((c) => c.status === 'open' && c.online && c.tellerId !== null && !c.laneIds.includes(laneId))
    .map((c) => {
      const own = c.laneIds.map((id) => loads.get(id) ?? { waiting: 0, overTarget: false });
      return {
        runtime: c,
        config: counterOf(state.config, c.id),
        pressed: own.some((l) => l.overTarget) ? 1 : 0,
        waiting: own.reduce((sum, l) => sum + l.waiting, 0),
      };
    })
    .filter((c) => c.config !== undefined && c.config.zoneId === lane.zoneId)
    .sort((a, b) => a.pressed - b.pressed || a.waiting - b.waiting || a.config!.number - b.config!.number);
  const helper = helpers[0];
  if (helper?.config) return { counterId: helper.runtime.id, text: addLaneSuggestion(helper.config, lane) };
  return null;
}
