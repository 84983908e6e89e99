import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { issueBranchCertificate } from '../../server/src/tls/branch-ca.ts';
import { tlsDir } from '../../server/src/tls/tls-paths.ts';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { sha256Fingerprint } from '../support/fingerprint.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * The admin's HTTPS page, opened from http://branch.lan: TLS is off here, the branch CA
 * made by `npm run make-cert` while the server runs shows up with its download (the same
 * bytes /branch-ca.crt serves) and the SHA-256 fingerprint a device shows, and the steps for
 * Windows, Android, iOS/iPadOS and ChromeOS/Linux, in Chinese and English.
 */
let server: TestServer;
let browser: Browser;
let page: Page;

describeBrowser('admin HTTPS page', () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    ({ page } = await newPage(browser, { width: 1440, height: 1200 }));
    await page.goto(`${server.webUrl}/admin#https`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('admin123');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('admin-app').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says TLS is off and that there is no branch CA before make-cert', async () => {
    await page.getByTestId('https-page').waitFor();
    expect(await page.getByTestId('tls-state').getAttribute('data-enabled')).toBe('false');
    expect(await page.getByTestId('tls-state').innerText()).toContain('未启用 HTTPS');
    await page.getByTestId('branch-ca-none').waitFor();
    expect(await page.getByTestId('branch-ca-download').count()).toBe(0);
  });

  it('offers the branch CA for download with its SHA-256 fingerprint and per-device steps, zh and en', async () => {
    const issued = issueBranchCertificate(tlsDir(server.dataDir), ['branch.lan', '10.1.2.3'], '人民路支行');
    const pem = readFileSync(issued.files.caCert, 'utf8');
    await page.reload();
    const link = page.getByTestId('branch-ca-download');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/branch-ca.crt');
    expect(await page.getByTestId('branch-ca-fingerprint').innerText()).toBe(sha256Fingerprint(pem));
    expect(await page.getByText(`http://branch.lan:${server.port}/branch-ca.crt`).count()).toBe(1);
    const steps = await page.getByTestId('branch-ca-steps').innerText();
    for (const device of ['Windows', 'Android', 'iPhone / iPad', 'ChromeOS / Linux']) expect(steps).toContain(device);
    expect(steps).toContain('certutil -addstore -f Root branch-ca.crt');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('branch-ca.crt');
    const downloaded = await download.path();
    expect(readFileSync(downloaded, 'utf8')).toBe(pem);
    await screenshot(page, 'admin-https-zh');

    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('tls-state').innerText()).toContain('HTTPS is off');
    expect(await page.getByTestId('branch-ca-steps').innerText()).toContain('Trusted Root Certification Authorities');
    expect(await page.getByTestId('branch-ca-fingerprint').innerText()).toBe(sha256Fingerprint(pem));
    await screenshot(page, 'admin-https-en');
  });
});
