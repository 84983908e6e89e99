import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { replicationSettingsFromEnv, type ReplicationSettings } from '../features/replication/replication-settings.ts';
import type { BackupSettings } from '../features/backup/backup-feature.ts';
import { SETTINGS, type SettingName } from './settings-schema.ts';

/** The server's start-up settings, parsed once at start (see settings-schema.ts for each). */
export interface Settings {
  mode: 'demo' | 'branch';
  port: number;
  host: string;
  dataDir: string;
  /** TLS_CERT / TLS_KEY (files, resolved), or null: plain http. */
  tls: { certFile: string; keyFile: string } | null;
  allowedOrigins: string[];
  allowedHosts: string[];
  trustProxy: string[];
  /** STAFF_IDLE_MINUTES in ms. */
  staffIdleMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  clockOffsetMs: number;
  backup: BackupSettings;
  /** READY_MIN_FREE_MB in bytes. */
  readyMinFreeBytes: number;
  replication: ReplicationSettings | null;
}

/** A setting with a bad value: the message is the one line the start prints. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

type Parsed = { [K in SettingName]: z.output<(typeof SETTINGS)[K]['schema']> | undefined };

/**
 * Reads every setting from `env`; `--demo` / `--branch` on the command line set LOBBY_MODE
 * (npm start and npm run branch use them). An empty value counts as unset. Throws a
 * SettingsError naming the setting, what it must be and what it got.
 */
export function loadSettings(env: NodeJS.ProcessEnv, argv: readonly string[] = []): Settings {
  const raw: Record<string, string | undefined> = { ...env };
  if (argv.includes('--demo')) raw.LOBBY_MODE = 'demo';
  if (argv.includes('--branch')) raw.LOBBY_MODE = 'branch';
  const parsed = {} as Record<SettingName, unknown>;
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    const value = raw[name]?.trim();
    if (value === undefined || value === '') continue;
    const result = SETTINGS[name].schema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new SettingsError(`${name} ${issue?.message ?? 'is not valid'}, got "${value}"`);
    }
    parsed[name] = result.data;
  }
  const p = parsed as Parsed;
  const replication = replicationSettingsFromEnv(env);
  if (!replication.ok) throw new SettingsError(replication.message);

  const dataDir = resolve(p.DATA_DIR ?? './data');
  if ((p.TLS_CERT === undefined) !== (p.TLS_KEY === undefined))
    throw new SettingsError('TLS_CERT and TLS_KEY go together: set both (certificate and key files) or neither');
  return {
    mode: p.LOBBY_MODE ?? 'branch',
    port: p.PORT ?? 3000,
    host: p.HOST ?? '0.0.0.0',
    dataDir,
    tls: p.TLS_CERT && p.TLS_KEY ? { certFile: resolve(p.TLS_CERT), keyFile: resolve(p.TLS_KEY) } : null,
    allowedOrigins: (p.ALLOWED_ORIGINS ?? []).map((o) => o.replace(/\/$/, '')),
    allowedHosts: p.ALLOWED_HOSTS ?? [],
    trustProxy: p.TRUST_PROXY ?? [],
    staffIdleMs: (p.STAFF_IDLE_MINUTES ?? 30) * 60_000,
    logLevel: p.LOG_LEVEL ?? 'info',
    clockOffsetMs: p.CLOCK_OFFSET_MS ?? 0,
    backup: {
      dir: resolve(p.BACKUP_DIR ?? join(dataDir, 'backups')),
      at: backupTime(p.BACKUP_AT ?? '21:30'),
      keep: p.BACKUP_KEEP ?? 14,
    },
    readyMinFreeBytes: (p.READY_MIN_FREE_MB ?? 256) * 1024 * 1024,
    replication: replication.settings,
  };
}

function backupTime(value: string): BackupSettings['at'] {
  if (value === 'off') return null;
  const [hour, minute] = value.split(':').map(Number);
  return { hour: hour ?? 0, minute: minute ?? 0 };
}
