import { useEffect, useState } from 'react';
import { useAppStore } from '../store/app-store.ts';

/** Server time, ticking: live waits count on the server's clock, corrected by the snapshot's offset. */
export function useServerNow(intervalMs = 1000): number {
  const offset = useAppStore((s) => s.floor.clockOffsetMs);
  const [local, setLocal] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLocal(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return local + offset;
}
