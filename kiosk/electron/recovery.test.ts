import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { attachRecovery } from './recovery.ts';

function fakeWindow() {
  const emitter = new EventEmitter();
  const webContents = {
    on: (event: string, listener: (...args: unknown[]) => void) => {
      emitter.on(event, listener);
      return webContents;
    },
    reload: vi.fn(),
  };
  return {
    win: { isDestroyed: vi.fn(() => false), loadURL: vi.fn(() => Promise.resolve()), webContents },
    emit: (event: string, ...args: unknown[]) => emitter.emit(event, { preventDefault() {} }, ...args),
  };
}

describe('attachRecovery', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const START = 'http://127.0.0.1:3000/kiosk/?device=t';

  it('reloads when the renderer process is gone', () => {
    const { win, emit } = fakeWindow();
    attachRecovery(win as never, { startUrl: START, probe: vi.fn(), retryMs: 1000, log: () => {} });
    emit('render-process-gone', { reason: 'crashed', exitCode: 1 });
    expect(win.webContents.reload).toHaveBeenCalledOnce();
  });

  it('after a failed load, probes until the server answers, then reloads the kiosk page', async () => {
    const { win, emit } = fakeWindow();
    const probe = vi.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(false).mockResolvedValue(true);
    attachRecovery(win as never, { startUrl: START, probe, retryMs: 1000, log: () => {} });
    emit('did-fail-load', -102, 'ERR_CONNECTION_REFUSED', START, true);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(win.loadURL).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(win.loadURL).toHaveBeenCalledExactlyOnceWith(START);
  });

  it('ignores aborted navigations and sub-frame failures, and runs one loop at a time', async () => {
    const { win, emit } = fakeWindow();
    const probe = vi.fn().mockResolvedValue(true);
    attachRecovery(win as never, { startUrl: START, probe, retryMs: 1000, log: () => {} });
    emit('did-fail-load', -3, 'ERR_ABORTED', START, true);
    emit('did-fail-load', -102, 'ERR_CONNECTION_REFUSED', 'http://127.0.0.1:3000/x', false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(probe).not.toHaveBeenCalled();
    emit('did-fail-load', -102, 'ERR_CONNECTION_REFUSED', START, true);
    emit('did-fail-load', -102, 'ERR_CONNECTION_REFUSED', START, true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(probe).toHaveBeenCalledOnce();
    expect(win.loadURL).toHaveBeenCalledOnce();
  });

  it('stops probing when stopped', async () => {
    const { win, emit } = fakeWindow();
    const probe = vi.fn().mockResolvedValue(false);
    const recovery = attachRecovery(win as never, { startUrl: START, probe, retryMs: 1000, log: () => {} });
    emit('did-fail-load', -102, 'ERR_CONNECTION_REFUSED', START, true);
    recovery.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(probe).not.toHaveBeenCalled();
  });
});
