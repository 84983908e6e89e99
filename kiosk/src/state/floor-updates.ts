import type { EstimatesView, LaneStats, QueueEvent, Snapshot } from '@lobby/shared';
import type { KioskState } from './kiosk-store.ts';

/**
 * Folding server data into the kiosk's floor state. Events carry full post-state of what
 * they touch, so everything is an upsert; the kiosk ignores tickets and counters.
 */
export type FloorPatch = Pick<KioskState, 'lastSeq' | 'config' | 'lanes' | 'emergency' | 'businessDate'> &
  Partial<Pick<KioskState, 'clockOffsetMs' | 'estimates'>>;

export function lanesById(lanes: LaneStats[], base: Record<string, LaneStats> = {}): Record<string, LaneStats> {
  const next = { ...base };
  for (const lane of lanes) next[lane.laneId] = lane;
  return next;
}

export function floorFromSnapshot(snapshot: Snapshot, localNow: number): FloorPatch {
  return {
    lastSeq: snapshot.seq,
    config: snapshot.config,
    lanes: lanesById(snapshot.lanes),
    estimates: snapshot.estimates,
    emergency: snapshot.emergency,
    businessDate: snapshot.businessDate,
    clockOffsetMs: snapshot.serverTime - localNow,
  };
}

export function floorAfterEvent(
  state: Pick<KioskState, 'config' | 'lanes' | 'emergency' | 'businessDate'>,
  event: QueueEvent,
): FloorPatch {
  return {
    lastSeq: event.seq,
    config: event.config ?? state.config,
    // A new business date restarts the daily counters: drop yesterday's figures.
    lanes: lanesById(event.lanes, event.businessDate === state.businessDate ? state.lanes : {}),
    emergency: event.emergency ?? state.emergency,
    businessDate: event.businessDate,
  };
}

/**
 * A recomputed forecast. Its lane counts are as of its seq: newer events' counts win, but
 * the estimates are the newest there are either way.
 */
export function floorAfterEstimates(
  state: Pick<KioskState, 'lanes' | 'lastSeq' | 'businessDate'>,
  view: EstimatesView,
): Pick<KioskState, 'lanes' | 'estimates'> {
  const current = state.lastSeq === null || view.seq >= state.lastSeq;
  const lanes = current
    ? lanesById(view.lanes, state.lanes)
    : lanesById(
        view.lanes.flatMap((l) => {
          const mine = state.lanes[l.laneId];
          return mine ? [{ ...mine, estimate: l.estimate, ahead: l.ahead }] : [];
        }),
        state.lanes,
      );
  return { lanes, estimates: view };
}
