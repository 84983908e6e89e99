import type { TFunction } from 'i18next';

/** Durations and "ago" as the head-office pages show them. */
export function minutes(t: TFunction, ms: number): string {
  return ms < 60_000 ? t('units.sec', { n: Math.round(ms / 1000) }) : t('units.min', { n: Math.round(ms / 60_000) });
}

export function ago(t: TFunction, at: number | null, now: number, never: string): string {
  if (at === null) return never;
  const d = Math.max(0, now - at);
  return d < 5_000 ? t('units.now') : t('units.ago', { t: minutes(t, d) });
}

/** A branch not heard from for two minutes is shown as silent. */
export const SILENT_AFTER_MS = 120_000;
