import { useCallback } from 'react';
import { formatBranch, type BranchTimePattern } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';

export type BranchTimeFormat = (at: number, pattern: BranchTimePattern) => string;

/**
 * Formats instants on the branch clock, in the branch's time zone from the configuration: a
 * staff PC set to UTC (or to another zone) shows what the kiosk, the display and the ticket show.
 * Before the first snapshot the zone is unknown, and a dash is better than a wrong time.
 */
export function useBranchTime(): BranchTimeFormat {
  const timeZone = useAppStore((s) => s.floor.config?.hours.timeZone ?? null);
  return useCallback<BranchTimeFormat>(
    (at, pattern) => (timeZone === null ? '—' : formatBranch(at, timeZone, pattern)),
    [timeZone],
  );
}
