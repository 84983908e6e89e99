import type { StateCreator } from 'zustand';
import type { OtherSignIn, StaffUser } from '@lobby/shared';
import type { AppState } from './app-store.ts';

export interface StaffSession {
  token: string;
  user: StaffUser;
}

/**
 * The same account signed in on another screen: `earlier` — found at this sign-in (the
 * other screen is told too); `later` — someone signed in elsewhere after this screen.
 */
export interface SignInElsewhere {
  when: 'earlier' | 'later';
  signIns: OtherSignIn[];
}

export type SignedOutReason = 'revoked' | 'idle';

export interface SessionSlice {
  session: StaffSession | null;
  /** Why the user was sent back to sign-in (revoked, or idle for too long), shown once on the sign-in page. */
  signedOutReason: SignedOutReason | null;
  /** Shown on the staff header until dismissed. */
  signInElsewhere: SignInElsewhere | null;
  setSession: (session: StaffSession, elsewhere?: OtherSignIn[]) => void;
  clearSession: (reason?: SignedOutReason) => void;
  signedInElsewhere: (info: OtherSignIn) => void;
  dismissSignInElsewhere: () => void;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  session: null,
  signedOutReason: null,
  signInElsewhere: null,
  setSession: (session, elsewhere = []) =>
    set({
      session,
      signedOutReason: null,
      signInElsewhere: elsewhere.length > 0 ? { when: 'earlier', signIns: elsewhere } : null,
    }),
  clearSession: (reason) => set({ session: null, signedOutReason: reason ?? null, signInElsewhere: null }),
  signedInElsewhere: (info) =>
    set((s) => ({
      signInElsewhere: {
        when: 'later',
        signIns: [...(s.signInElsewhere?.when === 'later' ? s.signInElsewhere.signIns : []), info],
      },
    })),
  dismissSignInElsewhere: () => set({ signInElsewhere: null }),
});
