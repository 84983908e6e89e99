/**
 * The display's one store: the public floor (floor-state.ts), the connection, and the
 * voice slice. Created once in main.tsx and handed to React through context, so tests
 * and several boards on one page never share state.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ErrorCode, EstimatesView, PublicSnapshot, QueueEvent, UiLanguage } from '@lobby/shared';
import { applyEstimates, applyEvent, applySnapshot, EMPTY_FLOOR, type FloorState } from './floor-state.ts';
import type { AnnouncementLogEntry } from '../voice/announcement-queue.ts';

export type LinkStatus = 'connecting' | 'online' | 'offline' | 'revoked' | 'unpaired';

export interface ConnectionSlice {
  status: LinkStatus;
  /** Local time the screen last heard from the server (data age while offline). */
  lastDataAt: number | null;
  /** Last error code the server answered with (connect refused, sync failed). */
  errorCode: ErrorCode | null;
}

export interface VoiceSlice {
  current: AnnouncementLogEntry | null;
  /** Newest last, bounded. */
  recent: AnnouncementLogEntry[];
  backlog: number;
  audioBlocked: boolean;
}

export interface DisplayState {
  floor: FloorState;
  connection: ConnectionSlice;
  voice: VoiceSlice;
  lanesFilter: string[] | null;
  language: UiLanguage;
  receiveSnapshot(s: PublicSnapshot, localNow: number): void;
  receiveEvent(e: QueueEvent, localNow: number): void;
  receiveEstimates(view: EstimatesView): void;
  setConnection(patch: Partial<ConnectionSlice>): void;
  setVoice(patch: Partial<VoiceSlice>): void;
  setLanguage(language: UiLanguage): void;
}

export type DisplayStore = StoreApi<DisplayState>;

export function createDisplayStore(init: { lanesFilter: string[] | null; language: UiLanguage }): DisplayStore {
  return createStore<DisplayState>()((set) => ({
    floor: EMPTY_FLOOR,
    connection: { status: 'connecting', lastDataAt: null, errorCode: null },
    voice: { current: null, recent: [], backlog: 0, audioBlocked: false },
    lanesFilter: init.lanesFilter,
    language: init.language,
    receiveSnapshot: (s, localNow) =>
      set((st) => ({
        floor: applySnapshot(s, localNow),
        connection: { ...st.connection, lastDataAt: localNow, errorCode: null },
      })),
    receiveEvent: (e, localNow) =>
      set((st) => ({ floor: applyEvent(st.floor, e), connection: { ...st.connection, lastDataAt: localNow } })),
    // Before the first snapshot there is no floor to put the figures on.
    receiveEstimates: (view) =>
      set((st) => (st.floor.config === null ? {} : { floor: applyEstimates(st.floor, view) })),
    setConnection: (patch) => set((st) => ({ connection: { ...st.connection, ...patch } })),
    setVoice: (patch) => set((st) => ({ voice: { ...st.voice, ...patch } })),
    setLanguage: (language) => set({ language }),
  }));
}
