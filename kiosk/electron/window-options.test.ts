import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from './window-options.ts';

describe('kioskWindowOptions', () => {
  it('isolates the page from Node and runs it sandboxed, full screen', () => {
    const options = kioskWindowOptions('/app/preload.cjs');
    expect(options.kiosk).toBe(true);
    expect(options.fullscreen).toBe(true);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});
