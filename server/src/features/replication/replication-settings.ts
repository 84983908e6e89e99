/**
 * Start-up settings of replication to head office, from the environment. Unset HQ_URL: the
 * branch runs on its own (nothing is projected or sent).
 *   HQ_URL             https://hq.bank.example:8443 — head office (TLS only)
 *   HQ_BRANCH_KEY      the key head office showed when it registered this branch
 *   HQ_CA_FILE         PEM of the CA (or self-signed certificate) head office's TLS uses, if private
 *   HQ_OUTBOX_MAX_MB   bound of the outbox on disk (default 256 MiB, months of a busy branch)
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export interface ReplicationSettings {
  url: URL;
  key: string;
  ca: string | null;
  outboxMaxBytes: number;
  /** Facts per batch (and a byte budget per batch). */
  batchFacts: number;
  batchBytes: number;
  /** Backoff after a failure: first delay and ceiling, ms (full jitter below each). */
  backoffMinMs: number;
  backoffMaxMs: number;
  /** How long facts may wait unsent before the branch admin is alerted. */
  alertAfterMs: number;
  /** A hello at least this often while idle (head office's "last heard", catalogue news). */
  heartbeatMs: number;
}

const EnvSchema = z.object({
  HQ_URL: z
    .string()
    .url()
    .refine((u) => u.startsWith('https://'), 'head office is reached over TLS: HQ_URL must start with https://'),
  HQ_BRANCH_KEY: z.string().min(20, 'HQ_BRANCH_KEY is the key head office showed at registration'),
  HQ_CA_FILE: z.string().optional(),
  HQ_OUTBOX_MAX_MB: z.coerce.number().positive().max(100_000).default(256),
});

export const REPLICATION_DEFAULTS = {
  batchFacts: 500,
  batchBytes: 1_000_000,
  backoffMinMs: 500,
  backoffMaxMs: 60_000,
  alertAfterMs: 10 * 60_000,
  heartbeatMs: 30_000,
} as const;

export type SettingsResult = { ok: true; settings: ReplicationSettings | null } | { ok: false; message: string };

export function replicationSettingsFromEnv(env: NodeJS.ProcessEnv): SettingsResult {
  if (!env.HQ_URL) return { ok: true, settings: null };
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return { ok: false, message: `${i.path.join('.')}: ${i.message}` };
  }
  let ca: string | null = null;
  if (parsed.data.HQ_CA_FILE) {
    try {
      ca = readFileSync(parsed.data.HQ_CA_FILE, 'utf8');
    } catch {
      return { ok: false, message: `HQ_CA_FILE: cannot read ${parsed.data.HQ_CA_FILE}` };
    }
  }
  return {
    ok: true,
    settings: {
      ...REPLICATION_DEFAULTS,
      url: new URL(parsed.data.HQ_URL),
      key: parsed.data.HQ_BRANCH_KEY,
      ca,
      outboxMaxBytes: Math.round(parsed.data.HQ_OUTBOX_MAX_MB * 1024 * 1024),
    },
  };
}
