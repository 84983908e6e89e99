/**
 * The only place that listens. Every start-up setting comes from the environment, parsed
 * once (config/); everything else is configured live in the admin UI. A start that cannot
 * go on prints one line saying what is wrong and what to do.
 */
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp, type LobbyApp } from './app/create-app.ts';
import { loadSettings, SettingsError, type Settings } from './config/load-settings.ts';
import { readDemoDevices } from './seed/demo-seed.ts';
import { startBanner } from './start/banner.ts';
import { exitWithStartFailure, StartFailure } from './app/start-failure.ts';
import { DataDirError } from './store/database.ts';
import { MigrationError } from './store/migrations.ts';
import { readTlsFiles } from './tls/tls-files.ts';

const startedAt = performance.now();

let settings: Settings;
try {
  settings = loadSettings(process.env, process.argv.slice(2));
} catch (err) {
  if (err instanceof SettingsError) exitWithStartFailure(`${err.message} (see the settings table in README.md)`);
  throw err;
}

const logger = pino({ level: settings.logLevel });
if (settings.clockOffsetMs !== 0)
  logger.warn(
    { clockOffsetMs: settings.clockOffsetMs },
    'branch clock shifted by CLOCK_OFFSET_MS: for training and tests only',
  );
const clock = settings.clockOffsetMs === 0 ? Date.now : () => Date.now() + settings.clockOffsetMs;

let tls: { cert: string; key: string } | null;
try {
  tls = readTlsFiles(settings.tls);
} catch (err) {
  if (err instanceof StartFailure) exitWithStartFailure(err.message);
  throw err;
}

let app: LobbyApp;
try {
  app = createApp({
    dataDir: settings.dataDir,
    logger,
    clock,
    mode: settings.mode,
    allowedOrigins: settings.allowedOrigins,
    // The reverse proxy in front, if any (its address or subnet): only then is X-Forwarded-For believed.
    trustProxy: settings.trustProxy,
    // The names the branch is reached by (DNS rebinding guard), besides this machine's own.
    allowedHosts: settings.allowedHosts,
    staffIdleMs: settings.staffIdleMs,
    replication: settings.replication,
    tls,
    backup: settings.backup,
    readyMinFreeBytes: settings.readyMinFreeBytes,
  });
} catch (err) {
  if (err instanceof MigrationError) exitWithStartFailure(`${err.message} (DATA_DIR=${settings.dataDir})`);
  if (err instanceof StartFailure || err instanceof DataDirError) exitWithStartFailure(err.message);
  throw err;
}

app.httpServer.once('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EADDRINUSE')
    exitWithStartFailure(`port ${settings.port} is in use by another program: stop it or set PORT to a free port`);
  if (err.code === 'EACCES')
    exitWithStartFailure(
      `port ${settings.port} needs privileges: use a port above 1023, or grant CAP_NET_BIND_SERVICE`,
    );
  exitWithStartFailure(`cannot listen on ${settings.host}:${settings.port}: ${err.message}`);
});
app.httpServer.listen(settings.port, settings.host, () => {
  console.log(
    startBanner({
      settings,
      readyMs: Math.round(performance.now() - startedAt),
      port: (app.httpServer.address() as AddressInfo).port,
      scheme: tls ? 'https' : 'http',
      demoDevices: settings.mode === 'demo' ? readDemoDevices(settings.dataDir) : [],
      firstAdminPassword: app.firstAdminPassword,
    }),
  );
});

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  void app.close().then(() => process.exit(0));
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
