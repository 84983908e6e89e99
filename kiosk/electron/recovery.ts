import type { BrowserWindow } from 'electron';

/**
 * A kiosk must come back by itself: reload when the renderer dies, and when the page could
 * not load at all (server down at boot, network gone) keep probing the server and reload
 * as soon as it answers. While the page is up, the page's own socket handles reconnects.
 */
type RecoverableWindow = Pick<BrowserWindow, 'isDestroyed' | 'loadURL'> & {
  webContents: Pick<BrowserWindow['webContents'], 'on' | 'reload'>;
};

export interface RecoveryDeps {
  startUrl: string;
  /** Resolves true when the server answers. */
  probe: () => Promise<boolean>;
  retryMs: number;
  log: (msg: string) => void;
}

/** Chromium's ERR_ABORTED: a navigation replaced by another, not a failure. */
const ERR_ABORTED = -3;

export function attachRecovery(win: RecoverableWindow, deps: RecoveryDeps): { stop(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const retry = () => {
    if (stopped || timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      if (stopped || win.isDestroyed()) return;
      void deps
        .probe()
        .catch(() => false)
        .then((up) => {
          if (stopped || win.isDestroyed()) return;
          if (up) {
            deps.log('server is back, reloading');
            win.loadURL(deps.startUrl).catch(() => retry());
          } else {
            retry();
          }
        });
    }, deps.retryMs);
  };

  win.webContents.on('render-process-gone', (_event, details) => {
    deps.log(`renderer gone (${details.reason}), reloading`);
    if (!win.isDestroyed()) win.webContents.reload();
  });
  win.webContents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    deps.log(`load failed (${errorCode} ${errorDescription}), retrying`);
    retry();
  });

  return {
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
