import { describe, expect, it, vi } from 'vitest';
import { printTicket } from './print-handler.ts';

type PrintCallback = (success: boolean, failureReason: string) => void;

function fakeContents(answer: (cb: PrintCallback) => void) {
  return { print: vi.fn((_options: unknown, cb?: PrintCallback) => cb && answer(cb)) };
}

describe('printTicket', () => {
  it('prints silently to the configured printer', async () => {
    const contents = fakeContents((cb) => cb(true, ''));
    await expect(printTicket(contents as never, 'EPSON TM-T88')).resolves.toEqual({ ok: true });
    expect(contents.print).toHaveBeenCalledOnce();
    expect(contents.print.mock.calls[0]?.[0]).toMatchObject({
      silent: true,
      deviceName: 'EPSON TM-T88',
      printBackground: true,
    });
  });

  it('leaves the device name out when none is configured (system default printer)', async () => {
    const contents = fakeContents((cb) => cb(true, ''));
    await printTicket(contents as never, '');
    const options = contents.print.mock.calls[0]?.[0] as Record<string, unknown>;
    expect(options.silent).toBe(true);
    expect('deviceName' in options).toBe(false);
  });

  it('maps a failed print to an error result', async () => {
    const contents = fakeContents((cb) => cb(false, 'Printer is out of paper'));
    await expect(printTicket(contents as never, 'P')).resolves.toEqual({ ok: false, error: 'Printer is out of paper' });
  });

  it('maps a throwing print call to an error result', async () => {
    const contents = {
      print: vi.fn(() => {
        throw new Error('invalid deviceName');
      }),
    };
    await expect(printTicket(contents as never, 'nope')).resolves.toEqual({ ok: false, error: 'invalid deviceName' });
  });
});
