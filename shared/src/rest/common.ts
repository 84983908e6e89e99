import { z } from 'zod';

/** Schemas shared by many routes' params and queries. */

function isCalendarDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The years a branch's records can have: from 1970 (timestamps) to 9999 (four digits). */
const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

/** `YYYY-MM-DD`, a real calendar day (2026-02-30 is refused). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return y >= MIN_YEAR && y <= MAX_YEAR && isCalendarDate(y, m, d);
  }, 'not a calendar date');

/** `YYYY-MM` with a month 01–12 (2026-13, 2026-00 and 0000-01 are refused). */
export const IsoMonthSchema = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'YYYY-MM')
  .refine((s) => {
    const [y, m] = s.split('-').map(Number) as [number, number];
    return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12;
  }, 'not a calendar month');

/** An id in a path (`/admin/staff/:id`). */
export const IdParamsSchema = z.object({ id: z.string().min(1).max(64) });

/** `true` / `false` in a query string. */
export const QueryBooleanSchema = z.enum(['true', 'false']).transform((v) => v === 'true');
