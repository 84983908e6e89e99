import { describe, expect, it } from 'vitest';
import { isTrustedUrl, parseServerOrigin } from './trusted-url.ts';

describe('isTrustedUrl', () => {
  const server = parseServerOrigin('http://127.0.0.1:3000');

  it('accepts pages of the server origin', () => {
    expect(isTrustedUrl('http://127.0.0.1:3000/kiosk/?device=abc', server)).toBe(true);
    expect(isTrustedUrl('http://127.0.0.1:3000/t/xyz', server)).toBe(true);
  });

  it.each([
    ['look-alike host', 'http://127.0.0.1:3000.evil.com/kiosk/'],
    ['other port', 'http://127.0.0.1:3001/kiosk/'],
    ['port prefix', 'http://127.0.0.1:30001/kiosk/'],
    ['other protocol', 'https://127.0.0.1:3000/kiosk/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<h1>x</h1>'],
    ['credentials trick', 'http://127.0.0.1:3000@evil.com/'],
    ['userinfo on the right host', 'http://user:pw@127.0.0.1:3000/'],
    ['other host', 'http://localhost:3000/kiosk/'],
    ['not a URL', 'not a url'],
  ])('rejects %s', (_label, url) => {
    expect(isTrustedUrl(url, server)).toBe(false);
  });

  it('treats an explicit default port like the implicit one', () => {
    const https = parseServerOrigin('https://bank.example');
    expect(isTrustedUrl('https://bank.example:443/kiosk/', https)).toBe(true);
    expect(isTrustedUrl('https://bank.example:8443/kiosk/', https)).toBe(false);
  });

  it('refuses a non-web server URL', () => {
    expect(() => parseServerOrigin('file:///tmp')).toThrow();
    expect(() => parseServerOrigin('nonsense')).toThrow();
  });
});
