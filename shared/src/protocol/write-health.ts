import { z } from 'zod';

/**
 * Whether the branch server's database still takes writes, pushed to staff screens
 * (`storage:updated`) on connect and whenever it changes; the admin and lobby screens show a
 * red banner while `failing`. A ticket the kiosk could not save is a customer with no place
 * in the queue: the staff must know at once, not at the next report.
 */
export const writeHealthSchema = z.object({
  failing: z.boolean(),
  /** When writes started failing (ms), null while they work. */
  since: z.number().int().nullable(),
  /** SQLite's code of the last failure (e.g. SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR), null while writes work. */
  code: z.string().nullable(),
});
export type WriteHealth = z.infer<typeof writeHealthSchema>;

/** One check of `/readyz`. */
export const readinessSchema = z.object({
  ready: z.boolean(),
  checks: z.object({
    /** The probe row could be written and committed just now. */
    dbWritable: z.boolean(),
    /** The last queue commit that wrote anything (or the last probe) succeeded. */
    lastCommitOk: z.boolean(),
    /** Free space on DATA_DIR's disk is above READY_MIN_FREE_MB. */
    diskFree: z.boolean(),
  }),
  freeBytes: z.number().nullable(),
  minFreeBytes: z.number(),
  writes: writeHealthSchema,
});
export type Readiness = z.infer<typeof readinessSchema>;
