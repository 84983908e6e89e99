import type { Readiness } from '@lobby/shared';
import { statfsSync } from 'node:fs';
import type { WriteHealthMonitor } from './write-health-monitor.ts';

/** A probe result younger than this answers /readyz (a probe is an fsync: nobody may make the disk do one per request). */
const PROBE_REUSE_MS = 1_000;

export interface ReadinessDeps {
  monitor: WriteHealthMonitor;
  /** Writes and commits the probe row (store.writeProbe.write). */
  probeWrite: (now: number) => void;
  dataDir: string;
  minFreeBytes: number;
  clock: () => number;
}

/** Free bytes for an unprivileged writer on the disk of `dir`, or null when the system cannot tell. */
export function freeBytesAt(dir: string): number | null {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/**
 * /readyz: ready = the database took a write just now, the last queue commit succeeded and
 * DATA_DIR's disk has more than READY_MIN_FREE_MB free. /healthz only says the process answers.
 */
export function createReadiness(deps: ReadinessDeps): { probe(): boolean; check(): Readiness } {
  let last: { at: number; ok: boolean } | null = null;
  const probe = (): boolean => {
    const now = deps.clock();
    const ok = deps.monitor.runProbe(() => deps.probeWrite(now));
    last = { at: now, ok };
    return ok;
  };
  return {
    probe,
    check: () => {
      const now = deps.clock();
      const dbWritable = last !== null && now - last.at < PROBE_REUSE_MS && now >= last.at ? last.ok : probe();
      const freeBytes = freeBytesAt(deps.dataDir);
      const diskFree = freeBytes !== null && freeBytes > deps.minFreeBytes;
      const lastCommitOk = deps.monitor.lastCommitOk;
      return {
        ready: dbWritable && lastCommitOk && diskFree,
        checks: { dbWritable, lastCommitOk, diskFree },
        freeBytes,
        minFreeBytes: deps.minFreeBytes,
        writes: deps.monitor.current(),
      };
    },
  };
}
