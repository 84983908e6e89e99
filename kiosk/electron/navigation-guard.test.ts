import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { lockNavigation } from './navigation-guard.ts';
import { parseServerOrigin } from './trusted-url.ts';

type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: OpenHandler | null = null;
  const contents = {
    on: (event: string, listener: (...args: unknown[]) => void) => {
      emitter.on(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler;
    },
  };
  const fire = (event: string, url?: string) => {
    const ev = { preventDefault: vi.fn() };
    emitter.emit(event, ev, url);
    return ev.preventDefault;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('lockNavigation', () => {
  const server = parseServerOrigin('http://127.0.0.1:3000');

  function setup() {
    const fake = fakeContents();
    const log = vi.fn();
    lockNavigation(fake.contents as never, server, log);
    return { ...fake, log };
  }

  it('lets same-origin navigation and redirects through', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'http://127.0.0.1:3000/kiosk/')).not.toHaveBeenCalled();
    expect(fire('will-redirect', 'http://127.0.0.1:3000/kiosk/index.html')).not.toHaveBeenCalled();
  });

  it.each([
    'http://127.0.0.1:3000.evil.com/',
    'http://127.0.0.1:4000/',
    'https://127.0.0.1:3000/',
    'file:///etc/hosts',
  ])('blocks navigation and redirects to %s', (url) => {
    const { fire, log } = setup();
    expect(fire('will-navigate', url)).toHaveBeenCalledOnce();
    expect(fire('will-redirect', url)).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalled();
  });

  it('denies every new window, even to the server itself', () => {
    const { open } = setup();
    expect(open('http://127.0.0.1:3000/kiosk/')).toEqual({ action: 'deny' });
    expect(open('https://evil.com/')).toEqual({ action: 'deny' });
  });

  it('prevents webviews', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview')).toHaveBeenCalledOnce();
  });
});
