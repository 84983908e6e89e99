import { beforeAll, describe, expect, it, vi } from 'vitest';

/** The entry module wired against a mocked `electron`: what a real start would do. */
const h = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: {
    options: Record<string, unknown>;
    loadURL: ReturnType<typeof vi.fn>;
    webContents: { on: ReturnType<typeof vi.fn> };
  }[] = [];
  const ipcChannels: string[] = [];
  let permissionHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
  return {
    appListeners,
    windows,
    ipcChannels,
    getPermissionHandler: () => permissionHandler,
    setPermissionHandler: (fn: typeof permissionHandler) => (permissionHandler = fn),
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { on: vi.fn(), reload: vi.fn() };
    loadURL = vi.fn(() => Promise.resolve());
    options: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      h.windows.push(this);
    }
    once() {}
    show() {}
    isDestroyed() {
      return false;
    }
  }
  return {
    app: {
      on: (event: string, fn: (...args: unknown[]) => void) => h.appListeners.set(event, fn),
      whenReady: () => Promise.resolve(),
      getAppPath: () => '/opt/kiosk',
      getVersion: () => '9.9.9',
      quit: vi.fn(),
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string) => h.ipcChannels.push(channel) },
    session: { defaultSession: { setPermissionRequestHandler: (fn: never) => h.setPermissionHandler(fn) } },
  };
});

describe('electron main', () => {
  beforeAll(async () => {
    vi.stubEnv('KIOSK_SERVER_URL', 'http://10.1.2.3:3000');
    vi.stubEnv('KIOSK_DEVICE_TOKEN', 'dev-token');
    await import('./main.ts');
    await new Promise((r) => setTimeout(r, 0));
  });

  it('opens one locked-down full-screen window on the kiosk page with the device token', () => {
    expect(h.windows).toHaveLength(1);
    const win = h.windows[0]!;
    expect(win.options).toMatchObject({
      kiosk: true,
      webPreferences: { contextIsolation: true, nodeIntegration: false, sandbox: true },
    });
    expect((win.options.webPreferences as { preload: string }).preload).toMatch(/electron-dist[\\/]preload\.cjs$/);
    expect(win.loadURL).toHaveBeenCalledWith('http://10.1.2.3:3000/kiosk/?device=dev-token');
  });

  it('watches the renderer for crashes and failed loads', () => {
    const events = h.windows[0]!.webContents.on.mock.calls.map((c) => c[0]);
    expect(events).toEqual(expect.arrayContaining(['render-process-gone', 'did-fail-load']));
  });

  it('locks navigation of every web contents to the server origin', () => {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    let openHandler: ((d: { url: string }) => unknown) | null = null;
    const contents = {
      on: (e: string, fn: (...args: unknown[]) => void) => listeners.set(e, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    };
    h.appListeners.get('web-contents-created')?.({}, contents);
    const nav = { preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(nav, 'http://10.1.2.3:3000.evil.com/');
    expect(nav.preventDefault).toHaveBeenCalled();
    expect(openHandler!({ url: 'http://10.1.2.3:3000/' })).toEqual({ action: 'deny' });
    expect(listeners.has('will-attach-webview')).toBe(true);
  });

  it('registers the bridge channels and denies all permission requests', () => {
    expect(h.ipcChannels.sort()).toEqual(['kiosk:device-info', 'kiosk:print']);
    const cb = vi.fn();
    h.getPermissionHandler()?.({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
  });
});
