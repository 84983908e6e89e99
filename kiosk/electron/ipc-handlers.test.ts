import { describe, expect, it, vi } from 'vitest';
import { registerKioskIpc } from './ipc-handlers.ts';
import { parseServerOrigin } from './trusted-url.ts';

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn() } }));

type Handler = (event: unknown) => unknown;

function setup() {
  const handlers = new Map<string, Handler>();
  const ipc = { handle: vi.fn((channel: string, handler: Handler) => void handlers.set(channel, handler)) };
  const kiosk = { print: vi.fn((_o: unknown, cb: (ok: boolean, reason: string) => void) => cb(true, '')) };
  registerKioskIpc(ipc as never, {
    server: parseServerOrigin('http://127.0.0.1:3000'),
    printerName: 'Receipt-80',
    deviceInfo: { deviceId: 'kiosk-01', printerName: 'Receipt-80', version: '0.1.0' },
    kioskContents: () => kiosk as never,
  });
  const eventFrom = (sender: unknown, url: string) => ({ sender, senderFrame: { url } });
  return { handlers, kiosk, eventFrom };
}

describe('registerKioskIpc', () => {
  it('registers exactly the two bridge channels', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(['kiosk:device-info', 'kiosk:print']);
  });

  it('prints the kiosk page silently on the configured printer', async () => {
    const { handlers, kiosk, eventFrom } = setup();
    const result = await handlers.get('kiosk:print')?.(eventFrom(kiosk, 'http://127.0.0.1:3000/kiosk/'));
    expect(result).toEqual({ ok: true });
    expect(kiosk.print.mock.calls[0]?.[0]).toMatchObject({ silent: true, deviceName: 'Receipt-80' });
  });

  it('refuses a sender that is not the kiosk page on the server origin', async () => {
    const { handlers, kiosk, eventFrom } = setup();
    const other = { print: vi.fn() };
    expect(await handlers.get('kiosk:print')?.(eventFrom(other, 'http://127.0.0.1:3000/kiosk/'))).toEqual({
      ok: false,
      error: 'untrusted sender',
    });
    expect(await handlers.get('kiosk:print')?.(eventFrom(kiosk, 'http://evil.com/'))).toEqual({
      ok: false,
      error: 'untrusted sender',
    });
    expect(other.print).not.toHaveBeenCalled();
    expect(kiosk.print).not.toHaveBeenCalled();
    expect(handlers.get('kiosk:device-info')?.(eventFrom(kiosk, 'http://127.0.0.1:3001/'))).toBeNull();
  });

  it('answers device info as plain data', () => {
    const { handlers, kiosk, eventFrom } = setup();
    expect(handlers.get('kiosk:device-info')?.(eventFrom(kiosk, 'http://127.0.0.1:3000/kiosk/'))).toEqual({
      deviceId: 'kiosk-01',
      printerName: 'Receipt-80',
      version: '0.1.0',
    });
  });
});
