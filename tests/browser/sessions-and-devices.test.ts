import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { pairDevice } from '../security/support/devices.ts';

/**
 * Finding 11 in the staff app (from http://branch.lan): the admin's device list shows each
 * device's last use and rotates a token (the new pairing address shown once); a second
 * sign-in of the same teller is shown on both screens. Screenshots zh + en.
 */
let webRoot: string;
let server: TestServer;
let browser: Browser;

function buildStaffApp(): string {
  const root = mkdtempSync(join(tmpdir(), 'lobby-web-'));
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', join(root, 'counter-client', 'dist'), '--emptyOutDir', '--logLevel', 'error'],
    { cwd: resolve(import.meta.dirname, '..', '..', 'counter-client'), stdio: 'inherit' },
  );
  return root;
}

async function signIn(page: Page, path: string, username: string, password: string): Promise<void> {
  await page.goto(`${server.webUrl}${path}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

describeBrowser('sessions and devices in the staff app', () => {
  beforeAll(async () => {
    webRoot = buildStaffApp();
    server = await startTestServer({ webRoot });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  it('the admin sees each device’s last use and rotates a token; the old one is refused', async () => {
    const kiosk = await pairDevice(server, 'kiosk', '二号取号机');
    await server.connect(kiosk.token);
    const { page } = await newPage(browser, { width: 1440, height: 900 });
    await signIn(page, '/admin', 'admin', 'admin123');
    await page.getByTestId('admin-tab-staff').click();
    const devices = page.getByTestId('people-page');
    await expect.poll(() => devices.innerText()).toContain('最近使用');
    await expect.poll(() => devices.innerText()).toContain('从未使用');
    await screenshot(page, 'admin-devices-zh');

    await page.getByTestId(`device-rotate-${kiosk.id}`).click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    const url = await page.getByTestId('device-pairing-url').innerText();
    expect(url).toMatch(/\?device=/);
    await screenshot(page, 'admin-device-rotated-zh');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect(server.connect(kiosk.token)).rejects.toThrow('UNAUTHENTICATED');

    await page.getByTestId('language-switch').click();
    await expect.poll(() => devices.innerText()).toContain('Last used');
    await page.getByTestId('device-pair').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-devices-en');
    await page.context().close();
  });

  it('a second sign-in of the same teller is shown on both screens', async () => {
    const first = await newPage(browser);
    await signIn(first.page, '/counter', 'teller7', 'teller123');
    await first.page.getByTestId('signed-in-user').waitFor();
    const second = await newPage(browser);
    await signIn(second.page, '/counter', 'teller7', 'teller123');

    const onSecond = second.page.getByTestId('signed-in-elsewhere');
    await expect.poll(() => onSecond.innerText()).toContain('该账号已在其他电脑登录');
    expect(await onSecond.innerText()).toContain('127.0.0.1');
    const onFirst = first.page.getByTestId('signed-in-elsewhere');
    await expect.poll(() => onFirst.innerText()).toContain('该账号刚在其他电脑登录');
    await screenshot(first.page, 'signed-in-elsewhere-earlier-zh');
    await screenshot(second.page, 'signed-in-elsewhere-new-zh');

    await first.page.getByTestId('language-switch').click();
    await expect.poll(() => onFirst.innerText()).toContain('has just signed in on another PC: signed in at');
    await screenshot(first.page, 'signed-in-elsewhere-earlier-en');
    await first.context.close();
    await second.context.close();
  });
});
