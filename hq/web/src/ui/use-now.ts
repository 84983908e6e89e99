import { useEffect, useState } from 'react';

/** Now, re-rendered every few seconds ("last heard 12 s ago" moves on its own). */
export function useNow(everyMs = 5000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
