import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import type { BenchOptions } from './bench-options.ts';

/**
 * `bench:policy` keeps its last run in docs/policy.md, between two markers (the prose around
 * them is hand-written): the date, commit, machine, load average at the start and the end,
 * the sizes, and the whole printed report. A run below the full sizes says so in its heading.
 */
export const RECORD_BEGIN = '<!-- bench:policy record: begin (written by npm run bench:policy) -->';
export const RECORD_END = '<!-- bench:policy record: end -->';

const FULL = { reps: 200, estimateDays: 40, boundDays: 30, boundReplays: 48, boundEvery: 3 };

export function isFullSize(o: BenchOptions): boolean {
  return (
    !o.quick &&
    o.reps >= FULL.reps &&
    o.estimateDays >= FULL.estimateDays &&
    o.boundDays >= FULL.boundDays &&
    o.boundReplays >= FULL.boundReplays &&
    o.boundEvery <= FULL.boundEvery
  );
}

export interface RecordContext {
  date: Date;
  commit: string;
  loadAtStart: number[];
  loadAtEnd: number[];
}

export function recordText(report: string, o: BenchOptions, ctx: RecordContext): string {
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, node ${process.version}`;
  const sizes = `${o.reps} days per policy, ${o.estimateDays} estimate days per check day, the bound on ${o.boundDays} of them (${o.boundReplays} replays, every ${o.boundEvery}th scored ticket), ${o.workers} workers, seed ${o.seed}`;
  const kind = isFullSize(o) ? 'full size' : 'REDUCED SIZE — not the recording run; intervals are wide';
  return [
    RECORD_BEGIN,
    `## Last run of \`npm run bench:policy\` (${kind})`,
    '',
    `${ctx.date.toISOString()}, commit ${ctx.commit || 'unknown'}. Machine: ${machine}; load average ${load(ctx.loadAtStart)} at the start, ${load(ctx.loadAtEnd)} at the end. Sizes: ${sizes}.`,
    '',
    '```',
    report,
    '```',
    RECORD_END,
  ].join('\n');
}

/** Replaces the record between the markers (or puts it after the first section if there is none yet). */
export function withRecord(doc: string, record: string): string {
  const a = doc.indexOf(RECORD_BEGIN);
  const b = doc.indexOf(RECORD_END);
  if (a >= 0 && b > a) return doc.slice(0, a) + record + doc.slice(b + RECORD_END.length);
  return `${doc.trimEnd()}\n\n${record}\n`;
}

export function writeRecord(path: string, record: string): void {
  writeFileSync(path, withRecord(readFileSync(path, 'utf8'), record));
}
