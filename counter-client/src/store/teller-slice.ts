import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

export interface TellerSlice {
  teller: {
    /** Call the next customer as soon as the current one is finished. */
    autoCallNext: boolean;
    /** VIP pages the teller closed without accepting (the lobby can page again). */
    dismissedVisitIds: string[];
  };
  setAutoCallNext: (on: boolean) => void;
  dismissVisit: (visitId: string) => void;
}

export const createTellerSlice: StateCreator<AppState, [], [], TellerSlice> = (set) => ({
  teller: { autoCallNext: false, dismissedVisitIds: [] },
  setAutoCallNext: (autoCallNext) => set((s) => ({ teller: { ...s.teller, autoCallNext } })),
  dismissVisit: (visitId) =>
    set((s) => ({ teller: { ...s.teller, dismissedVisitIds: [...s.teller.dismissedVisitIds, visitId] } })),
});
