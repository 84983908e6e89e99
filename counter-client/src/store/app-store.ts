import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { createSessionSlice, type SessionSlice } from './session-slice.ts';
import { createRealtimeSlice, type RealtimeSlice } from './realtime-slice.ts';
import { createTellerSlice, type TellerSlice } from './teller-slice.ts';
import { createEvaluatorSlice, type EvaluatorSlice } from './evaluator-slice.ts';
import { createLobbySlice, type LobbySlice } from '../lobby/lobby-slice.ts';

/**
 * The one store of the staff app, built from slices (zustand slices pattern).
 *
 * Adding a slice (lobby, admin):
 *   1. write `src/lobby/lobby-slice.ts` exporting `interface LobbySlice { lobby: {...}; ...actions }`
 *      and `createLobbySlice: StateCreator<AppState, [], [], LobbySlice>`; keep its data under
 *      one key (`lobby`) so slices never collide;
 *   2. add `LobbySlice` to `AppState` below and `...createLobbySlice(...a)` to `createAppStore`.
 * Floor data (tickets, counters, lanes, alerts, staff, VIP rooms) is already kept current in
 * `floor` by the realtime slice: read it, never copy it into another slice.
 *
 * Reading: `useAppStore((s) => s.floor.counters[id])` — select one value, or wrap selectors
 * that build objects/arrays in `useShallow`: zustand v5 re-renders forever otherwise.
 */
export type AppState = SessionSlice & RealtimeSlice & TellerSlice & EvaluatorSlice & LobbySlice;

export type AppStore = StoreApi<AppState>;

/** A new store per app mount (no module singleton), so tests get a fresh one each time. */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createSessionSlice(...a),
    ...createRealtimeSlice(...a),
    ...createTellerSlice(...a),
    ...createEvaluatorSlice(...a),
    ...createLobbySlice(...a),
  }));
}

export const AppStoreContext = createContext<AppStore | null>(null);

export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore outside <AppStoreContext.Provider>');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
