import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useAppStore } from '../store/app-store.ts';

/**
 * Server time, ticking once a second, for the live figures (waits, idle times, the clock).
 * Waits count on the server's clock (a tablet's may be minutes off), corrected by the offset
 * measured at the last snapshot. Only the components that read it re-render each second:
 * the provider's children are created by its parent, so React skips them.
 */
const ServerNowContext = createContext<number | null>(null);

export function ServerNowProvider({ children }: { children: ReactNode }) {
  const offset = useAppStore((s) => s.floor.clockOffsetMs);
  const [local, setLocal] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLocal(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <ServerNowContext.Provider value={local + offset}>{children}</ServerNowContext.Provider>;
}

export function useServerNow(): number {
  const now = useContext(ServerNowContext);
  if (now === null) throw new Error('useServerNow outside <ServerNowProvider>');
  return now;
}
