import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { KioskBridge } from '../src/bridge/kiosk-bridge.ts';

const h = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  invoke: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => h.exposed.push([key, api]) },
  ipcRenderer: { invoke: h.invoke },
}));

describe('preload bridge', () => {
  let bridge: KioskBridge;
  beforeAll(async () => {
    await import('./preload.ts');
    bridge = h.exposed[0]![1] as KioskBridge;
  });

  it('exposes exactly one object, kioskBridge, with print and deviceInfo', () => {
    expect(h.exposed).toHaveLength(1);
    expect(h.exposed[0]![0]).toBe('kioskBridge');
    expect(Object.keys(bridge).sort()).toEqual(['deviceInfo', 'print']);
  });

  it('print invokes the main process and returns plain data', async () => {
    h.invoke.mockResolvedValueOnce({ ok: false, error: 'out of paper', extra: 'dropped' });
    await expect(bridge.print()).resolves.toEqual({ ok: false, error: 'out of paper' });
    expect(h.invoke).toHaveBeenLastCalledWith('kiosk:print');
    h.invoke.mockResolvedValueOnce({ ok: true });
    await expect(bridge.print()).resolves.toEqual({ ok: true });
    h.invoke.mockResolvedValueOnce(undefined);
    await expect(bridge.print()).resolves.toEqual({ ok: false, error: 'no answer from main process' });
  });

  it('deviceInfo copies only the documented fields', async () => {
    h.invoke.mockResolvedValueOnce({ deviceId: 'k1', printerName: 'P', version: '1', sender: {} });
    await expect(bridge.deviceInfo()).resolves.toEqual({ deviceId: 'k1', printerName: 'P', version: '1' });
    expect(h.invoke).toHaveBeenLastCalledWith('kiosk:device-info');
  });

  it('imports nothing at runtime but electron: a sandboxed preload cannot require local files', () => {
    const source = readFileSync(new URL('./preload.ts', import.meta.url), 'utf8');
    const runtimeImports = [...source.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]);
    expect(runtimeImports).toEqual(['electron']);
  });
});
