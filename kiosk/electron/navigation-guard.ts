import type { WebContents } from 'electron';
import { isTrustedUrl } from './trusted-url.ts';

/**
 * Keeps a kiosk page on the server origin: no navigation or redirect elsewhere, no new
 * windows, no webviews. A public touch screen must never become a browser.
 */
type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function lockNavigation(contents: GuardedContents, server: URL, log: (msg: string) => void): void {
  const blockUntrusted = (event: { preventDefault(): void }, url: string) => {
    if (isTrustedUrl(url, server)) return;
    event.preventDefault();
    log(`blocked navigation to ${url}`);
  };
  contents.on('will-navigate', (event, url) => blockUntrusted(event, url));
  contents.on('will-redirect', (event, url) => blockUntrusted(event, url));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`denied new window ${url}`);
    return { action: 'deny' };
  });
}
