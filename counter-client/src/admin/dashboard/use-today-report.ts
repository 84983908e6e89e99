import { useEffect, useRef } from 'react';
import { REPORT_ROUTES, type ReportResponse } from '@lobby/shared';
import { useAppStore } from '../../store/app-store.ts';
import { useRemote } from '../use-admin-api.ts';

/**
 * Today's report, refreshed when the floor moves: at most every 5 s while events arrive,
 * so a busy lobby does not turn into a request per event.
 */
const MIN_INTERVAL_MS = 5000;

export function useTodayReport(): { data: ReportResponse | null; loading: boolean } {
  const seq = useAppStore((s) => s.floor.seq);
  const { data, loading, reload } = useRemote(REPORT_ROUTES.today, {});
  const last = useRef(Date.now());
  useEffect(() => {
    const wait = Math.max(0, last.current + MIN_INTERVAL_MS - Date.now());
    const timer = setTimeout(() => {
      last.current = Date.now();
      reload();
    }, wait);
    return () => clearTimeout(timer);
  }, [seq, reload]);
  return { data, loading };
}
