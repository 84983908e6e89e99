import { businessDateOf, type BranchConfig } from '@lobby/shared';
import { TicketBook } from './ticket-book.ts';
import type { CounterRuntime, DispatchPolicyName, EngineState, LaneRuntime } from './types.ts';

export const MAX_RECENT_CALLS = 10;

export function closedCounter(id: string, laneIds: string[]): CounterRuntime {
  return {
    id,
    status: 'closed',
    pauseReason: null,
    tellerId: null,
    tellerName: null,
    online: true,
    currentTicketId: null,
    idleSince: null,
    laneIds: [...laneIds],
  };
}

export function freshLanes(config: BranchConfig): Record<string, LaneRuntime> {
  return Object.fromEntries(config.lanes.map((l) => [l.id, { lastNumber: 0, issued: 0, paused: false }]));
}

/** A branch at the start of a business date: every counter closed, no tickets. */
export function createInitialState(
  config: BranchConfig,
  now: number,
  dispatch: DispatchPolicyName = 'accumulated',
): EngineState {
  return {
    config,
    businessDate: businessDateOf(now, config.hours.timeZone),
    dayClosed: false,
    dispatch,
    tickets: TicketBook.EMPTY,
    counters: new Map(config.counters.map((c) => [c.id, closedCounter(c.id, c.laneIds)])),
    lanes: freshLanes(config),
    vipVisits: new Map(),
    emergency: { active: false, message: '', since: null },
    recentCalls: [],
    lastMessage: null,
  };
}
