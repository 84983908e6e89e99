import { createContext, useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { DisplayState, DisplayStore } from '../store/display-store.ts';
import type { HallVoice } from '../voice/hall-voice.ts';

export interface DisplayDeps {
  store: DisplayStore;
  voice: HallVoice;
  storage: Storage;
}

export const DisplayContext = createContext<DisplayDeps | null>(null);

export function useDisplayDeps(): DisplayDeps {
  const deps = useContext(DisplayContext);
  if (!deps) throw new Error('DisplayContext missing');
  return deps;
}

/** Atomic selectors only: a selector returning a new object would re-render forever (zustand v5). */
export function useDisplay<T>(selector: (s: DisplayState) => T): T {
  return useStore(useDisplayDeps().store, selector);
}

/** Server-corrected clock, ticking every `intervalMs`. */
export function useServerNow(intervalMs = 1000): number {
  const offset = useDisplay((s) => s.floor.serverOffsetMs);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now + offset;
}
