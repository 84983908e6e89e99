import type { StateCreator } from 'zustand';
import type { StaffUser } from '@lobby/shared';
import type { AppState } from './app-store.ts';

export interface StaffSession {
  token: string;
  user: StaffUser;
}

export interface SessionSlice {
  session: StaffSession | null;
  /** Why the user was sent back to sign-in (revoked session), shown once on the sign-in page. */
  signedOutReason: 'revoked' | null;
  setSession: (session: StaffSession) => void;
  clearSession: (reason?: 'revoked') => void;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  session: null,
  signedOutReason: null,
  setSession: (session) => set({ session, signedOutReason: null }),
  clearSession: (reason) => set({ session: null, signedOutReason: reason ?? null }),
});
