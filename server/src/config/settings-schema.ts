/**
 * Every start-up setting of the branch server, from the environment, in ONE table: its
 * zod schema, its default and the line the README's settings table shows. Everything else
 * is configured live in the admin UI.
 */
import { isIP } from 'node:net';
import { z } from 'zod';

export interface SettingDef {
  schema: z.ZodType;
  /** Shown in the README table; `—` when there is none. */
  default: string;
  doc: string;
}

const list = (item: z.ZodType<string, string>) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, `must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const port = wholeNumber(0, 65_535);
const origin = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === s.replace(/\/$/, '');
  } catch {
    return false;
  }
}, 'each entry must be an origin such as https://branch.bank.example:3000');
const hostName = z
  .string()
  .regex(
    /^(\*|\.?[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*\.?|\[?[0-9a-fA-F:.]+\]?)$/,
    {
      message: 'each entry must be a host name, .domain (with its subdomains), an address, or *',
    },
  );
const PROXY_KEYWORDS = ['loopback', 'linklocal', 'uniquelocal'];
const proxy = z.string().refine((s) => {
  if (PROXY_KEYWORDS.includes(s)) return true;
  const [addr, bits, ...rest] = s.split('/');
  if (rest.length > 0 || !addr || isIP(addr) === 0) return false;
  if (bits === undefined) return true;
  const max = isIP(addr) === 4 ? 32 : 128;
  return /^\d+$/.test(bits) && Number(bits) <= max;
}, 'each entry must be an address, a subnet such as 10.0.0.0/24, or loopback/linklocal/uniquelocal');

export const SETTINGS = {
  LOBBY_MODE: {
    schema: z.enum(['demo', 'branch'], { message: 'must be demo or branch' }),
    default: 'branch',
    doc: '`demo`: a seeded demo branch, every screen marked 演示/DEMO (`npm start`). `branch`: a real branch — no demo data, the first start creates only the admin (`npm run branch`).',
  },
  PORT: {
    schema: port,
    default: '3000',
    doc: 'Port of the web apps, the API and the websockets. With TLS it answers https, and plain http on it is redirected to https.',
  },
  HOST: {
    schema: z.string().trim().min(1, 'must not be empty'),
    default: '0.0.0.0',
    doc: 'Address to listen on (`0.0.0.0`: every interface, so staff PCs and tablets on the LAN reach it).',
  },
  DATA_DIR: {
    schema: z.string().trim().min(1, 'must not be empty'),
    default: './data',
    doc: 'Folder of the database. Keep it on a local disk (WAL does not work on network file systems).',
  },
  TLS_CERT: {
    schema: z.string().trim().min(1, 'must not be empty'),
    default: '—',
    doc: 'PEM file of the server’s certificate (with its chain): the bank’s, or the one `npm run make-cert` made. With TLS_KEY, the server answers https only (plain http is redirected).',
  },
  TLS_KEY: {
    schema: z.string().trim().min(1, 'must not be empty'),
    default: '—',
    doc: 'PEM file of that certificate’s private key (keep it 0600).',
  },
  ALLOWED_ORIGINS: {
    schema: list(origin),
    default: '—',
    doc: 'Other browser origins allowed to open websockets (comma-separated); the server’s own is always allowed.',
  },
  ALLOWED_HOSTS: {
    schema: list(hostName),
    default: '—',
    doc: 'Names the branch server is reached by besides its own addresses and host name (comma-separated; `.bank.lan` includes subdomains). Other Host headers are refused (DNS rebinding).',
  },
  TRUST_PROXY: {
    schema: list(proxy),
    default: 'off',
    doc: 'Reverse proxies in front (addresses, subnets, or loopback/linklocal/uniquelocal) whose X-Forwarded-For names the client. Off: the peer address is the client.',
  },
  STAFF_IDLE_MINUTES: {
    schema: wholeNumber(1, 720),
    default: '30',
    doc: 'A staff sign-in ends after this many minutes without use (no request, no command); its screen returns to sign-in and says why.',
  },
  BACKUP_DIR: {
    schema: z.string().trim().min(1, 'must not be empty'),
    default: '<DATA_DIR>/backups',
    doc: 'Folder of the nightly backups (made 0700, files 0600). Choose another disk or a mounted share, so a dead disk does not take the backups with it.',
  },
  BACKUP_AT: {
    schema: z
      .string()
      .trim()
      .regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, 'must be a time HH:MM (branch local time) or off'),
    default: '21:30',
    doc: 'When the daily online backup runs (branch local time; the server keeps serving). `off`: only `npm run backup`.',
  },
  BACKUP_KEEP: {
    schema: wholeNumber(1, 3650),
    default: '14',
    doc: 'How many backups to keep; older ones are removed after each backup.',
  },
  READY_MIN_FREE_MB: {
    schema: wholeNumber(0, 10_000_000),
    default: '256',
    doc: '`/readyz` answers 503 (not ready) when the disk of DATA_DIR has this many MB free or fewer; so do failing database writes, which also put a red banner on the admin and lobby screens.',
  },
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be fatal, error, warn, info, debug, trace or silent',
    }),
    default: 'info',
    doc: 'Log level (JSON lines).',
  },
  CLOCK_OFFSET_MS: {
    schema: wholeNumber(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    default: '0',
    doc: 'Shifts the branch clock, for training sessions and load tests outside opening hours. A real branch leaves it unset.',
  },
} as const satisfies Record<string, SettingDef>;

export type SettingName = keyof typeof SETTINGS;
