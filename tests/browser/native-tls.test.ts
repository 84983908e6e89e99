import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueBranchCertificate, type IssuedCertificate } from '../../server/src/tls/branch-ca.ts';
import { tlsDir } from '../../server/src/tls/tls-paths.ts';
import { readTlsFiles } from '../../server/src/tls/tls-files.ts';
import { BRANCH_HOST } from '../support/branch-host.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, screenshot } from '../support/browser.ts';
import { describeBrowser } from '../support/browser-skip.ts';
import { confirmTicket, LANDSCAPE, walkSoftLane } from './kiosk-harness.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * HTTPS as a branch device sees it: the server's own TLS (TLS_CERT/TLS_KEY from
 * `npm run make-cert`), and a Chromium that trusts the branch CA the way a staff PC does once
 * IT installs it — in its certificate store (an NSS database, certutil), with no
 * ignore-certificate-errors anywhere. The certificate is checked for real: the same browser
 * refuses a name the certificate does not carry, and a browser without the CA refuses the
 * branch's own name.
 */
const OTHER_HOST = 'other.lan';

let server: TestServer;
let issued: IssuedCertificate;
let certRoot: string;
let trustingHome: string;
let bareHome: string;
let trusting: Browser;
let bare: Browser;

/** A profile home whose NSS database trusts `caCert` as a root for TLS servers (`-t C,,`). */
function homeTrusting(caCert: string | null): string {
  const home = mkdtempSync(join(tmpdir(), 'lobby-nss-'));
  const db = join(home, '.pki', 'nssdb');
  mkdirSync(db, { recursive: true });
  execFileSync('certutil', ['-N', '-d', `sql:${db}`, '--empty-password']);
  if (caCert) execFileSync('certutil', ['-A', '-d', `sql:${db}`, '-n', 'branch-ca', '-t', 'C,,', '-i', caCert]);
  return home;
}

function launchWithHome(home: string): Promise<Browser> {
  const args = CHROMIUM_ARGS.filter((a) => !a.startsWith('--host-resolver-rules'));
  args.push(`--host-resolver-rules=MAP ${BRANCH_HOST} 127.0.0.1, MAP ${OTHER_HOST} 127.0.0.1`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true, env: { ...process.env, HOME: home } });
}

/** The network error a navigation ends in, or null when the page loaded. */
async function navigationError(browser: Browser, url: string): Promise<string | null> {
  const context = await browser.newContext();
  try {
    await (await context.newPage()).goto(url);
    return null;
  } catch (err) {
    return (err as Error).message;
  } finally {
    await context.close();
  }
}

describeBrowser('native TLS: a browser that trusts the branch CA', () => {
  beforeAll(async () => {
    certRoot = mkdtempSync(join(tmpdir(), 'lobby-native-tls-'));
    issued = issueBranchCertificate(tlsDir(certRoot), [BRANCH_HOST], '人民路支行');
    server = await startTestServer({
      deps: { tls: readTlsFiles({ certFile: issued.files.serverCert, keyFile: issued.files.serverKey }) },
    });
    trustingHome = homeTrusting(issued.files.caCert);
    bareHome = homeTrusting(null);
    [trusting, bare] = await Promise.all([launchWithHome(trustingHome), launchWithHome(bareHome)]);
  });
  afterAll(async () => {
    await trusting?.close();
    await bare?.close();
    await server?.close();
    for (const dir of [certRoot, trustingHome, bareHome]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the hall display over https, a secure context with its socket on wss://', async () => {
    const context = await trusting.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    const origin = `https://${BRANCH_HOST}:${server.port}`;
    await page.goto(`${origin}/display/?device=${server.deviceToken('display')}`);
    await page.locator('[data-testid="board"]').waitFor();
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    await expect.poll(() => sockets.length).toBeGreaterThan(0);
    expect(sockets[0]).toMatch(new RegExp(`^wss://${BRANCH_HOST.replace('.', '\\.')}:${server.port}/socket\\.io/`));
    await screenshot(page, 'native-tls-display');
    await context.close();
  });

  it('serves a customer over https: the kiosk issues, the teller signs on and calls the number', async () => {
    const origin = `https://${BRANCH_HOST}:${server.port}`;
    const kioskContext = await trusting.newContext({ viewport: LANDSCAPE, locale: 'zh-CN' });
    const kiosk = await kioskContext.newPage();
    await kiosk.goto(`${origin}/kiosk/?device=${encodeURIComponent(server.deviceToken('kiosk'))}`);
    await walkSoftLane(kiosk, 'lane-personal', 'cash', null);
    const number = await confirmTicket(kiosk);
    expect(number).toMatch(/^A\d{3}$/);

    const tellerContext = await trusting.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const teller = await tellerContext.newPage();
    await teller.goto(`${origin}/counter`);
    await teller.getByLabel('用户名').fill('teller1');
    await teller.getByLabel('密码').fill('teller123');
    await teller.getByRole('button', { name: /登\s*录/ }).click();
    await teller.getByTestId('sign-on-c2').click();
    await teller.getByTestId('counter-desk').waitFor();
    await teller.getByTestId('action-callNext').click();
    await expect.poll(async () => (await teller.getByTestId('current-number').textContent())?.trim()).toBe(number);
    expect(await teller.evaluate(() => window.isSecureContext)).toBe(true);
    await screenshot(teller, 'native-tls-counter');
    await kioskContext.close();
    await tellerContext.close();
  });

  it('refuses a name the certificate does not carry, and the branch name without the CA', async () => {
    expect(await navigationError(trusting, `https://${OTHER_HOST}:${server.port}/display/`)).toMatch(
      /ERR_CERT_COMMON_NAME_INVALID/,
    );
    expect(await navigationError(bare, `https://${BRANCH_HOST}:${server.port}/display/`)).toMatch(
      /ERR_CERT_AUTHORITY_INVALID/,
    );
  });
});
