import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pino } from 'pino';
import { createHqApp } from './app/create-hq-app.ts';
import { HqMigrationError, migrateHq } from './db/migrate.ts';
import { createPool } from './db/pool.ts';
import { selfSignedCertificate } from './tls/self-signed.ts';

/**
 * `npm run hq`: head office against DATABASE_URL (PostgreSQL), over HTTPS.
 *   DATABASE_URL        postgres://user:password@host:5432/db (required)
 *   PORT, HOST          default 8443, 0.0.0.0
 *   HQ_TLS_KEY_FILE / HQ_TLS_CERT_FILE   the bank's certificate; without them a self-signed one
 *                       is made in HQ_DATA_DIR/tls (default ./hq-data) — give its cert to branches as HQ_CA_FILE
 *   HQ_ADMIN_PASSWORD   the first admin's password on an empty database (else one is generated and shown once)
 */
const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('\nCannot start head office: set DATABASE_URL (see README: PostgreSQL for head office)\n');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8443);
const host = process.env.HOST ?? '0.0.0.0';
const pool = createPool(url, Number(process.env.HQ_POOL_SIZE ?? 20));
try {
  const applied = await migrateHq(pool);
  if (applied.length > 0) logger.info({ applied }, 'head-office migrations applied');
} catch (err) {
  console.error(`\nCannot start head office: ${err instanceof HqMigrationError ? err.message : String(err)}\n`);
  process.exit(1);
}

const tls =
  process.env.HQ_TLS_KEY_FILE && process.env.HQ_TLS_CERT_FILE
    ? {
        key: readFileSync(process.env.HQ_TLS_KEY_FILE, 'utf8'),
        cert: readFileSync(process.env.HQ_TLS_CERT_FILE, 'utf8'),
        certFile: process.env.HQ_TLS_CERT_FILE,
      }
    : selfSignedCertificate(resolve(process.env.HQ_DATA_DIR ?? './hq-data', 'tls'));

const app = createHqApp({ pool, logger, tls });
const users = app.services.users;
let firstAdmin: string | null = null;
if ((await users.count()) === 0) {
  firstAdmin = process.env.HQ_ADMIN_PASSWORD ?? randomBytes(9).toString('base64url');
  await users.create({ username: 'admin', name: 'Head office admin', role: 'admin', password: firstAdmin }, Date.now());
}

await app.services.ingest.warm();
app.server.listen(port, host, () => {
  const lines = [
    '',
    `Head office ready — https://localhost:${port}/`,
    `  Branches replicate to https://<this host>:${port} (HQ_URL); certificate for HQ_CA_FILE: ${tls.certFile}`,
    firstAdmin && !process.env.HQ_ADMIN_PASSWORD ? `  First admin login: admin / ${firstAdmin}   (shown once)` : '',
    '',
  ];
  console.log(lines.filter((l, i) => l !== '' || i === 0 || i === lines.length - 1).join('\n'));
});

let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  void app
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
