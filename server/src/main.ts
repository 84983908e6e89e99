import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { pino } from 'pino';
import { createApp } from './app/create-app.ts';
import { MigrationError } from './store/migrations.ts';
import { replicationSettingsFromEnv } from './features/replication/replication-settings.ts';
import {
  DEMO_ADMIN,
  DEMO_LOBBY,
  DEMO_TELLER_COUNT,
  DEMO_TELLER_PASSWORD,
  DEMO_VIPS,
  readDemoDevices,
} from './seed/demo-seed.ts';

/**
 * The only place that listens. Start-up settings come from the environment
 * (PORT, HOST, DATA_DIR; CLOCK_OFFSET_MS for training and tests); everything else is
 * configured in the admin UI.
 */
const startedAt = performance.now();
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const dataDir = resolve(process.env.DATA_DIR ?? './data');
const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
// Training sessions and load tests outside opening hours run the branch clock shifted; a real branch leaves it unset.
const clockOffsetMs = Number(process.env.CLOCK_OFFSET_MS ?? 0);
if (!Number.isSafeInteger(clockOffsetMs)) {
  console.error(
    `\nCannot start: CLOCK_OFFSET_MS must be a whole number of milliseconds, got "${process.env.CLOCK_OFFSET_MS}"\n`,
  );
  process.exit(1);
}
if (clockOffsetMs !== 0)
  logger.warn({ clockOffsetMs }, 'branch clock shifted by CLOCK_OFFSET_MS: for training and tests only');
const clock = clockOffsetMs === 0 ? Date.now : () => Date.now() + clockOffsetMs;
// Replication to head office (HQ_URL, HQ_BRANCH_KEY, HQ_CA_FILE, HQ_OUTBOX_MAX_MB); unset: the branch runs alone.
const replication = replicationSettingsFromEnv(process.env);
if (!replication.ok) {
  console.error(`\nCannot start: ${replication.message}\n`);
  process.exit(1);
}

let app: ReturnType<typeof createApp>;
try {
  app = createApp({
    dataDir,
    logger,
    clock,
    allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
    // The reverse proxy in front, if any (its address or subnet): only then is X-Forwarded-For believed.
    trustProxy: listSetting(process.env.TRUST_PROXY),
    // The names the branch is reached by (DNS rebinding guard), besides this machine's own.
    allowedHosts: listSetting(process.env.ALLOWED_HOSTS),
    replication: replication.settings,
  });
} catch (err) {
  if (err instanceof MigrationError) {
    console.error(`\nCannot start: ${err.message}\n(DATA_DIR=${dataDir})\n`);
    process.exit(1);
  }
  throw err;
}

app.httpServer.listen(port, host, () => {
  const ms = Math.round(performance.now() - startedAt);
  const shown = host === '0.0.0.0' || host === '::' ? lanAddress() : host;
  const base = `http://${shown}:${port}`;
  const devices = readDemoDevices(dataDir);
  const device = (kind: string, counterId?: string) =>
    devices.find((d) => d.kind === kind && (counterId === undefined || d.counterId === counterId))?.token;
  const withDevice = (path: string, token: string | undefined) =>
    token ? `${base}${path}?device=${token}` : `${base}${path}  (pair a device in /admin)`;
  const lines = [
    '',
    `Lobby queue server ready in ${ms} ms — DATA_DIR ${dataDir}`,
    '',
    `  Landing page      ${base}/`,
    `  Kiosk             ${withDevice('/kiosk/', device('kiosk'))}`,
    `  Hall display      ${withDevice('/display/', device('display'))}`,
    `  Counter client    ${base}/counter`,
    `  Lobby console     ${base}/lobby`,
    `  Admin & reports   ${base}/admin`,
    `  Mobile ticket     ${base}/t/<token>  (QR on each ticket)`,
    `  Integrator API    ${base}/api/openapi.json`,
    `  Health            ${base}/healthz`,
    '',
    ...devices
      .filter((d) => d.kind === 'evaluator')
      .map((d) => `  Evaluator ${d.counterId?.padEnd(4)}   ${withDevice('/counter/rate', d.token)}`),
    '',
    `  Admin login       ${DEMO_ADMIN.username} / ${DEMO_ADMIN.password}   (change it: npm run reset-admin)`,
    `  Lobby manager     ${DEMO_LOBBY.username} / ${DEMO_LOBBY.password}`,
    `  Tellers           teller1 … teller${DEMO_TELLER_COUNT} / ${DEMO_TELLER_PASSWORD}`,
    `  Demo VIPs         ${DEMO_VIPS.map((v) => `${v.label} ${v.identifier} → ${v.tierId}`).join(', ')}`,
    '',
  ];
  console.log(lines.join('\n'));
});

/** A comma-separated setting as a list (unset or empty: none). */
function listSetting(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return 'localhost';
}

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  void app.close().then(() => process.exit(0));
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
