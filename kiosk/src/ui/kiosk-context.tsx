import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { KioskState, KioskStore } from '../state/kiosk-store.ts';
import type { KioskActions } from '../actions/kiosk-actions.ts';

/** Hands the app's store and actions to components without a module-level singleton. */
interface KioskContextValue {
  store: KioskStore;
  actions: KioskActions;
}

const KioskContext = createContext<KioskContextValue | null>(null);

export function KioskProvider({ store, actions, children }: KioskContextValue & { children: ReactNode }) {
  return <KioskContext.Provider value={{ store, actions }}>{children}</KioskContext.Provider>;
}

function useKioskContext(): KioskContextValue {
  const ctx = useContext(KioskContext);
  if (!ctx) throw new Error('KioskProvider missing');
  return ctx;
}

/** Atomic selectors only (or useShallow): zustand v5 loops on selectors that build new objects. */
export function useKiosk<T>(selector: (state: KioskState) => T): T {
  return useStore(useKioskContext().store, selector);
}

export function useActions(): KioskActions {
  return useKioskContext().actions;
}
