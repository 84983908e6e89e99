import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSecure, secureClipboard, securePush } from './secure-context.ts';

afterEach(() => vi.unstubAllGlobals());

describe('the secure-context guard', () => {
  it('offers nothing over plain http from a LAN address', () => {
    vi.stubGlobal('isSecureContext', false);
    vi.stubGlobal('navigator', { clipboard: {}, serviceWorker: {} });
    vi.stubGlobal('PushManager', function PushManager() {});
    expect(isSecure()).toBe(false);
    expect(secureClipboard()).toBeNull();
    expect(securePush()).toBeNull();
  });

  it('hands out the APIs in a secure context where the browser has them', () => {
    const clipboard = { writeText: () => Promise.resolve() };
    const serviceWorker = { register: () => Promise.resolve() };
    vi.stubGlobal('isSecureContext', true);
    vi.stubGlobal('navigator', { clipboard, serviceWorker });
    vi.stubGlobal('PushManager', function PushManager() {});
    expect(secureClipboard()).toBe(clipboard);
    expect(securePush()?.serviceWorker).toBe(serviceWorker);
    vi.stubGlobal('PushManager', undefined);
    expect(securePush()).toBeNull();
  });
});
