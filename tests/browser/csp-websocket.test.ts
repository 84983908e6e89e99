import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, type AddressInfo, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser.ts';
import { describeBrowser } from '../support/browser-skip.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * The CSP allows `connect-src 'self'` only (finding 10). In Chromium `'self'` covers the
 * page's own ws:/wss: origin, so socket.io still connects over a WebSocket — checked from a
 * LAN name (http://branch.lan, not a secure context) and over TLS (https://branch.lan, with
 * a TLS terminator in front like a branch's reverse proxy), with no CSP violation reported.
 */
let server: TestServer;
let browser: Browser;
let tls: NetServer;
let certDir: string;

function selfSignedCert(dir: string): { key: Buffer; cert: Buffer } {
  execFileSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=branch.lan',
    '-addext',
    'subjectAltName=DNS:branch.lan',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
  ]);
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/** Decrypts and forwards bytes to the branch server, like nginx with `proxy_pass` would. */
function tlsTerminator(targetPort: number, creds: { key: Buffer; cert: Buffer }): Promise<NetServer> {
  const proxy = createTlsServer(creds, (client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end);
    upstream.on('error', end);
  });
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(proxy)));
}

describeBrowser("CSP connect-src 'self' and the socket.io WebSocket", () => {
  beforeAll(async () => {
    server = await startTestServer();
    certDir = mkdtempSync(join(tmpdir(), 'lobby-tls-'));
    tls = await tlsTerminator(server.port, selfSignedCert(certDir));
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP branch.lan 127.0.0.1', '--ignore-certificate-errors'],
      headless: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (tls ? tls.close(() => done()) : done()));
    await server?.close();
    if (certDir) rmSync(certDir, { recursive: true, force: true });
  });

  async function openDisplayAt(origin: string): Promise<{ page: Page; sockets: string[]; violations: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const sockets: string[] = [];
    const violations: string[] = [];
    page.on('websocket', (ws) => {
      ws.on('framereceived', (f) => {
        if (String(f.payload).includes('session:ready')) sockets.push(ws.url());
      });
    });
    // Only connect-src matters here (zod's feature probe for eval is refused by script-src, as it should be).
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text()) && /connect-src/.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(`${origin}/display/?device=${server.deviceToken('display')}`);
    await page.locator('[data-testid="board"], [data-testid="emergency"]').first().waitFor();
    return { page, sockets, violations };
  }

  it('connects over ws:// from http://branch.lan', async () => {
    const { page, sockets, violations } = await openDisplayAt(`http://branch.lan:${server.port}`);
    await expect.poll(() => sockets.length).toBeGreaterThan(0);
    expect(sockets[0]).toMatch(new RegExp(`^ws://branch\\.lan:${server.port}/socket\\.io/`));
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    expect(violations, violations.join('\n')).toEqual([]);
    await page.context().close();
  });

  it('connects over wss:// from https://branch.lan', async () => {
    const port = (tls.address() as AddressInfo).port;
    const { page, sockets, violations } = await openDisplayAt(`https://branch.lan:${port}`);
    await expect.poll(() => sockets.length).toBeGreaterThan(0);
    expect(sockets[0]).toMatch(new RegExp(`^wss://branch\\.lan:${port}/socket\\.io/`));
    expect(violations, violations.join('\n')).toEqual([]);
    await page.context().close();
  });

  it('a script trying another WebSocket host is blocked by the CSP', async () => {
    const { page, violations } = await openDisplayAt(`http://branch.lan:${server.port}`);
    const blocked = await page.evaluate(() => {
      try {
        new WebSocket('ws://evil.example:9/');
        return false;
      } catch {
        return true;
      }
    });
    // Chromium throws on a CSP-refused WebSocket or reports it as a violation.
    await expect.poll(() => blocked || violations.some((v) => v.includes('evil.example'))).toBe(true);
    await page.context().close();
  });
});
