/**
 * `npm run backup`: an online backup of DATA_DIR's database into BACKUP_DIR now (the server
 * may keep running), then the retention of BACKUP_KEEP. Prints the file, its size and time.
 */
import { loadSettings, SettingsError } from '../config/load-settings.ts';
import { backupDatabase, checkDatabaseFile, pruneBackups } from '../store/backup.ts';
import { DataDirError, openDatabase } from '../store/database.ts';

try {
  const settings = loadSettings(process.env);
  const db = openDatabase(settings.dataDir);
  try {
    const done = await backupDatabase(db, settings.backup.dir);
    const check = checkDatabaseFile(done.file);
    const removed = pruneBackups(settings.backup.dir, settings.backup.keep);
    console.log(
      `Backup written: ${done.file} (${(done.bytes / 1_048_576).toFixed(1)} MB, ${Math.round(done.ms)} ms` +
        `${check.ok ? `, ${check.tickets} tickets, schema ${check.schemaVersion}` : ''})` +
        (removed.length > 0 ? `; removed ${removed.length} older beyond BACKUP_KEEP=${settings.backup.keep}` : ''),
    );
  } finally {
    db.close();
  }
} catch (err) {
  if (!(err instanceof SettingsError || err instanceof DataDirError)) throw err;
  console.error(`Cannot back up: ${err.message}`);
  process.exit(1);
}
