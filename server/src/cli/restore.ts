/**
 * `npm run restore -- <backup file>` with the server stopped: checks the file (a sound
 * database of a schema this release knows), keeps the current database beside it, puts the
 * backup in its place. The next start runs on it (and upgrades it if it is older).
 */
import { resolve } from 'node:path';
import { loadSettings, SettingsError } from '../config/load-settings.ts';
import { checkDatabaseFile, RestoreError, restoreDatabase } from '../store/backup.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore -- <backup file> (stop the server first)');
  process.exit(1);
}
try {
  const settings = loadSettings(process.env);
  const started = performance.now();
  const { keptAs } = restoreDatabase(resolve(file), settings.dataDir);
  const check = checkDatabaseFile(resolve(settings.dataDir, 'lobby.sqlite3'));
  console.log(
    `Restored ${resolve(file)} into ${settings.dataDir} in ${Math.round(performance.now() - started)} ms` +
      (check.ok ? ` (${check.tickets} tickets, schema ${check.schemaVersion})` : '') +
      (keptAs ? `; the database it replaced is kept as ${keptAs}` : ''),
  );
} catch (err) {
  if (!(err instanceof SettingsError || err instanceof RestoreError)) throw err;
  console.error(`Cannot restore: ${err.message}`);
  process.exit(1);
}
