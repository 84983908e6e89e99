import type { StateCreator } from 'zustand';
import type { Alert, Principal, StaffQueueEvent, StaffSnapshot, WriteHealth } from '@lobby/shared';
import type { LinkState as ConnectionState } from '@lobby/shared/realtime-client';
import { applyStaffEvent, emptyFloorData, floorFromSnapshot, type StaffFloorData } from '../realtime/staff-data.ts';
import type { AppState } from './app-store.ts';

export interface RealtimeSlice {
  connection: ConnectionState;
  /** Local time of the last successful sync or event; the indicator shows the age of the data. */
  lastUpdateAt: number | null;
  principal: Principal | null;
  floor: StaffFloorData;
  /** Whether the server's database takes writes (`storage:updated`); null until the server said. */
  writeHealth: WriteHealth | null;
  setWriteHealth: (health: WriteHealth) => void;
  setConnection: (connection: ConnectionState) => void;
  setPrincipal: (principal: Principal) => void;
  applySnapshot: (snapshot: StaffSnapshot) => void;
  applyEvent: (event: StaffQueueEvent) => void;
  setAlerts: (alerts: Alert[]) => void;
  resetRealtime: () => void;
}

export const createRealtimeSlice: StateCreator<AppState, [], [], RealtimeSlice> = (set) => ({
  connection: 'connecting',
  lastUpdateAt: null,
  principal: null,
  floor: emptyFloorData(),
  writeHealth: null,
  setWriteHealth: (writeHealth) => set({ writeHealth }),
  setConnection: (connection) => set({ connection }),
  setPrincipal: (principal) => set({ principal }),
  applySnapshot: (snapshot) => set({ floor: floorFromSnapshot(snapshot, Date.now()), lastUpdateAt: Date.now() }),
  applyEvent: (event) => set((s) => ({ floor: applyStaffEvent(s.floor, event), lastUpdateAt: Date.now() })),
  setAlerts: (alerts) => set((s) => ({ floor: { ...s.floor, alerts } })),
  resetRealtime: () =>
    set({ connection: 'connecting', lastUpdateAt: null, principal: null, floor: emptyFloorData(), writeHealth: null }),
});
