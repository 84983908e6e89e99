import { businessDateOf } from '@lobby/shared';
import { statSync } from 'node:fs';
import type { AppContext } from '../../context/app-context.ts';
import type { Feature } from '../../context/feature.ts';
import { backupDatabase, listBackups, pruneBackups } from '../../store/backup.ts';

/** BACKUP_DIR, BACKUP_AT (branch local time, null = no schedule), BACKUP_KEEP. */
export interface BackupSettings {
  dir: string;
  at: { hour: number; minute: number } | null;
  keep: number;
}

/**
 * The nightly backup: once a business date, on the first tick at or after BACKUP_AT in
 * the branch's time zone, an online backup into BACKUP_DIR (the server keeps serving), then
 * all but the newest BACKUP_KEEP are removed. A restart the same evening does not back up
 * twice (the newest file's date counts). A failure is logged and tried again the next tick
 * after a minute.
 */
export function createBackupFeature(settings: BackupSettings | null): Feature {
  let lastDate: string | null = null;
  let running = false;
  let retryAt = 0;
  return {
    name: 'backup',
    onTick(ctx: AppContext, now: number) {
      if (!settings?.at || running || now < retryAt) return;
      const tz = ctx.config().hours.timeZone;
      lastDate ??= newestBackupDate(settings.dir, tz) ?? '';
      const today = businessDateOf(now, tz);
      if (lastDate === today || minutesOfDay(now, tz) < settings.at.hour * 60 + settings.at.minute) return;
      running = true;
      void backupDatabase(ctx.db, settings.dir, new Date(now))
        .then((done) => {
          lastDate = today;
          const removed = pruneBackups(settings.dir, settings.keep);
          ctx.logger.info({ file: done.file, bytes: done.bytes, ms: Math.round(done.ms), removed }, 'backup written');
        })
        .catch((err: unknown) => {
          retryAt = now + 60_000;
          ctx.logger.error({ err, dir: settings.dir }, 'backup failed');
        })
        .finally(() => (running = false));
    },
  };
}

function newestBackupDate(dir: string, tz: string): string | null {
  const newest = listBackups(dir).at(-1);
  return newest ? businessDateOf(statSync(newest).mtimeMs, tz) : null;
}

function minutesOfDay(now: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return Number(parts.hour) * 60 + Number(parts.minute);
}
