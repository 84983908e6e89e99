import { app, BrowserWindow, ipcMain, session } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { loadKioskConfig, kioskStartUrl } from './kiosk-config.ts';
import { kioskWindowOptions } from './window-options.ts';
import { lockNavigation } from './navigation-guard.ts';
import { registerKioskIpc } from './ipc-handlers.ts';
import { attachRecovery } from './recovery.ts';

/**
 * Electron entry: wiring only. Every decision lives in the small modules next to this file,
 * each unit-tested with a mocked `electron`.
 */
const log = (msg: string) => console.log(`[kiosk] ${msg}`);

function readConfigFile(): string | null {
  // Next to the packaged app, or the working directory during development.
  for (const dir of [app.getAppPath(), process.cwd()]) {
    const path = join(dir, 'kiosk.config.json');
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  return null;
}

const config = loadKioskConfig({ env: process.env, fileText: readConfigFile(), hostname: hostname() });
const startUrl = kioskStartUrl(config);
let kioskWindow: BrowserWindow | null = null;

app.on('web-contents-created', (_event, contents) => lockNavigation(contents, config.serverUrl, log));

registerKioskIpc(ipcMain, {
  server: config.serverUrl,
  printerName: config.printerName,
  deviceInfo: { deviceId: config.deviceId, printerName: config.printerName, version: app.getVersion() },
  kioskContents: () => (kioskWindow && !kioskWindow.isDestroyed() ? kioskWindow.webContents : null),
});

async function probeServer(): Promise<boolean> {
  try {
    const res = await fetch(new URL('/kiosk/', config.serverUrl), { method: 'HEAD' });
    return res.ok;
  } catch {
    return false;
  }
}

void app.whenReady().then(() => {
  // A ticket kiosk needs no camera, microphone, location or notifications.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  kioskWindow = new BrowserWindow(kioskWindowOptions(join(app.getAppPath(), 'electron-dist', 'preload.cjs')));
  kioskWindow.once('ready-to-show', () => kioskWindow?.show());
  attachRecovery(kioskWindow, { startUrl, probe: probeServer, retryMs: 5000, log });
  void kioskWindow.loadURL(startUrl).catch((err: unknown) => log(`first load failed: ${String(err)}`));
});

app.on('window-all-closed', () => app.quit());
