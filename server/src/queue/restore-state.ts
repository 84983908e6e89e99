import { createInitialState, TicketBook } from '../engine/index.ts';
import type { EngineState } from '../engine/types.ts';
import type { PersistedState } from '../store/engine-state-store.ts';

/**
 * Rebuilds the engine state from the database. Fields the database does not have (an
 * engine field added since) keep createInitialState's defaults; counters added to the
 * config since get a fresh runtime. A past business date is left as is: the next
 * system:tick rolls it over and closes what was left open.
 */
export function restoreState(saved: PersistedState, now: number): EngineState {
  const base = createInitialState(saved.config, now, saved.dispatch);
  const { tickets, counters, vipVisits, ...fields } = saved;
  const restoredCounters = new Map(base.counters);
  for (const c of counters) restoredCounters.set(c.id, c);
  return {
    ...base,
    ...fields,
    tickets: TicketBook.of(tickets),
    counters: restoredCounters,
    vipVisits: new Map(vipVisits.map((v) => [v.id, v])),
  };
}
