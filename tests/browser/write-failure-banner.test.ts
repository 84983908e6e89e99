import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * The lobby and admin screens (opened from http://branch.lan) show a red banner while the
 * server's database cannot save — here a full database (SQLITE_FULL, by capping it at its
 * page count) — and lose it by themselves once a ticket is saved again.
 */
let server: TestServer;
let browser: Browser;
let lobby: Page;
let admin: Page;
let kiosk: LobbySocket;

async function signIn(page: Page, path: string, user: string, password: string, ready: string): Promise<void> {
  await page.goto(`${server.webUrl}${path}`);
  await page.getByLabel('用户名').fill(user);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId(ready).waitFor();
  await page.locator('[data-testid="connection-indicator"][data-state="connected"]').waitFor({ timeout: 15_000 });
}

const issue = () => server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });

describeBrowser('write-failure banner', () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    kiosk = await server.connect(server.deviceToken('kiosk'));
    ({ page: lobby } = await newPage(browser, { width: 1440, height: 900 }));
    ({ page: admin } = await newPage(browser, { width: 1440, height: 900 }));
    await signIn(lobby, '/lobby', 'lobby', 'lobby123', 'lobby-console');
    await signIn(admin, '/admin', 'admin', 'admin123', 'admin-app');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('appears on the lobby and admin screens when the database is full, and leaves when it saves again', async () => {
    const banner = (p: Page) => p.getByTestId('write-failure-banner');
    expect(await banner(lobby).count()).toBe(0);
    expect(await banner(admin).count()).toBe(0);

    const db = server.app.ctx.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    let refused = false;
    for (let i = 0; i < 2_000 && !refused; i++) refused = !(await issue()).ok;
    expect(refused).toBe(true);

    for (const page of [lobby, admin]) {
      await banner(page).waitFor();
      expect(await banner(page).getAttribute('data-code')).toBe('SQLITE_FULL');
      expect(await banner(page).innerText()).toContain('服务器无法保存数据');
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    await screenshot(lobby, 'write-failure-lobby-zh');
    await screenshot(admin, 'write-failure-admin-zh');
    await admin.getByTestId('language-switch').click();
    await expect.poll(() => banner(admin).innerText()).toContain('The server cannot save data');
    await screenshot(admin, 'write-failure-admin-en');

    db.pragma('max_page_count = 1073741823');
    expect((await issue()).ok).toBe(true);
    await banner(lobby).waitFor({ state: 'detached' });
    await banner(admin).waitFor({ state: 'detached' });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
