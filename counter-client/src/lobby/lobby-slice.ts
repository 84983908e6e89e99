import type { StateCreator } from 'zustand';
import type { AppState } from '../store/app-store.ts';

/**
 * Console-only UI state. Floor data (tickets, counters, alerts…) lives in `floor` (realtime
 * slice); this slice only remembers what the lobby manager is looking at.
 */
export type LobbyTicketTab = 'waiting' | 'active' | 'suspended' | 'noShow' | 'closed';

export interface LobbySlice {
  lobby: {
    /** Ticket shown in the detail drawer. */
    drawerTicketId: string | null;
    ticketTab: LobbyTicketTab;
    /** Lane filter of the ticket lists; null = every lane. */
    laneFilter: string | null;
  };
  openTicketDrawer: (ticketId: string) => void;
  closeTicketDrawer: () => void;
  setTicketTab: (tab: LobbyTicketTab) => void;
  setLaneFilter: (laneId: string | null) => void;
}

export const createLobbySlice: StateCreator<AppState, [], [], LobbySlice> = (set) => ({
  lobby: { drawerTicketId: null, ticketTab: 'waiting', laneFilter: null },
  openTicketDrawer: (drawerTicketId) => set((s) => ({ lobby: { ...s.lobby, drawerTicketId } })),
  closeTicketDrawer: () => set((s) => ({ lobby: { ...s.lobby, drawerTicketId: null } })),
  setTicketTab: (ticketTab) => set((s) => ({ lobby: { ...s.lobby, ticketTab } })),
  setLaneFilter: (laneFilter) => set((s) => ({ lobby: { ...s.lobby, laneFilter } })),
});
