import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { dialogSettled } from './antd-helpers.ts';

/**
 * A real branch's first day in the staff app, from a LAN name over plain http: the admin
 * signs in with the one-time password and must choose a new one before anything opens; the
 * password rule is the server's, worded as the user types; an account the admin creates
 * signs in only to choose its own password; anyone changes their own from the header. No
 * screen of a real branch carries the demo ribbon.
 */
let server: TestServer;
let browser: Browser;
const pages: Page[] = [];

async function open(path: string): Promise<Page> {
  const { page } = await newPage(browser);
  pages.push(page);
  page.on('pageerror', (err) => console.error(`[${path} page error]`, err.message));
  const info = page.waitForResponse((r) => r.url().endsWith('/api/server-info'));
  await page.goto(`${server.webUrl}${path}`);
  expect(await (await info).json()).toEqual({ ok: true, data: { demo: false } });
  return page;
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

async function fillChange(page: Page, current: string, next: string, again = next): Promise<void> {
  const form = page.getByTestId('password-change-form');
  await form.getByLabel('当前密码').fill(current);
  await form.getByLabel('新密码', { exact: true }).fill(next);
  await form.getByLabel('再次输入新密码').fill(again);
}

describeBrowser('a real branch: one-time password, forced change, own change', () => {
  beforeAll(async () => {
    server = await startTestServer({ deps: { mode: 'branch' } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const p of pages.splice(0)) await p.context().close();
    await browser?.close();
    await server?.close();
  });

  it('the admin’s first sign-in asks for a new password, checked by the one rule, before the admin opens', async () => {
    const oneTime = server.app.firstAdminPassword!;
    const page = await open('/admin#staff');
    await signIn(page, 'admin', oneTime);
    await page.getByTestId('forced-password-change').waitFor();
    expect(await page.locator('[data-demo-ribbon]').count()).toBe(0);
    await screenshot(page, 'branch-forced-password-zh');

    await fillChange(page, oneTime, 'qwertyuiop');
    await page.getByTestId('password-change-submit').click();
    await expect.poll(() => page.getByText('这是常见密码，容易被猜中，请换一个').count()).toBe(1);
    await fillChange(page, oneTime, 'Admin-admin-x1');
    await page.getByTestId('password-change-submit').click();
    await expect.poll(() => page.getByText('密码不能包含用户名').count()).toBe(1);
    await fillChange(page, oneTime, 'Branch-Keeper-2026', 'Branch-Keeper-2025');
    await page.getByTestId('password-change-submit').click();
    await expect.poll(() => page.getByText('两次输入的新密码不一致').count()).toBe(1);
    await screenshot(page, 'branch-forced-password-refused-zh');

    await page.getByTestId('language-switch').click();
    await page.getByText('Choose a new password', { exact: true }).first().waitFor();
    await screenshot(page, 'branch-forced-password-en');
    await page.getByTestId('language-switch').click();
    await page.getByText('请设置新密码', { exact: true }).first().waitFor();

    await fillChange(page, oneTime, 'Branch-Keeper-2026');
    await page.getByTestId('password-change-submit').click();
    await page.locator('[data-testid="connection-indicator"][data-state="connected"]').waitFor({ timeout: 15_000 });
    await page.getByTestId('staff-create').waitFor();
    // The one-time password is spent.
    expect(await server.login('admin', 'Branch-Keeper-2026')).toBeTruthy();
    await expect(server.login('admin', oneTime)).rejects.toThrow(/401/);
  });

  it('an account the admin creates must choose its own password; anyone changes theirs from the header', async () => {
    const admin = pages[0]!;
    await admin.getByTestId('staff-create').click();
    const dialog = admin.locator('.ant-modal').filter({ hasText: '新建账号' });
    await dialogSettled(admin);
    await dialog.getByLabel('登录名').fill('liqiang');
    await dialog.getByLabel('姓名').fill('李强');
    await dialog.getByLabel('工号').fill('1101');
    await dialog.getByLabel('初始密码').fill('1234567890');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(() => dialog.getByText('这是常见密码，容易被猜中，请换一个').count()).toBe(1);
    await screenshot(admin, 'branch-staff-create-refused-zh');
    await dialog.getByLabel('初始密码').fill('Counter-Eleven-11');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await admin.getByTestId('must-change-password').waitFor();
    await screenshot(admin, 'branch-staff-must-change-zh');

    const teller = await open('/counter');
    await signIn(teller, 'liqiang', 'Counter-Eleven-11');
    await teller.getByTestId('forced-password-change').waitFor();
    await fillChange(teller, 'Counter-Eleven-11', 'Liqiang-Desk-Eleven');
    await teller.getByTestId('password-change-submit').click();
    await expect.poll(() => teller.getByText('密码不能包含用户名').count()).toBe(1);
    await fillChange(teller, 'Counter-Eleven-11', 'Window-Eleven-Morning');
    await teller.getByTestId('password-change-submit').click();
    await teller.locator('[data-testid="connection-indicator"][data-state="connected"]').waitFor({ timeout: 15_000 });
    expect(server.app.ctx.store.staff.byUsername('liqiang')?.mustChangePassword).toBe(false);

    // Later, the teller changes it again from the header: the page stays signed in, on a new session.
    await teller.getByTestId('change-password').click();
    const change = teller.locator('.ant-modal').filter({ hasText: '修改密码' });
    await dialogSettled(teller);
    await screenshot(teller, 'branch-own-password-change-zh');
    await fillChange(teller, 'wrong-current-pw', 'Window-Eleven-Evening');
    await change.getByTestId('password-change-submit').click();
    await expect.poll(() => change.getByText('当前密码不正确').count()).toBe(1);
    await fillChange(teller, 'Window-Eleven-Morning', 'Window-Eleven-Evening');
    await change.getByTestId('password-change-submit').click();
    await teller.getByText('密码已修改，您在其他电脑上的登录已失效').waitFor();
    await teller.locator('[data-testid="connection-indicator"][data-state="connected"]').waitFor({ timeout: 15_000 });
    expect(await teller.getByTestId('signed-in-user').textContent()).toContain('李强');
    expect(await server.login('liqiang', 'Window-Eleven-Evening')).toBeTruthy();

    await teller.getByTestId('language-switch').click();
    await teller.getByTestId('change-password').click();
    await dialogSettled(teller);
    await teller.locator('.ant-modal').filter({ hasText: 'Change password' }).waitFor();
    await screenshot(teller, 'branch-own-password-change-en');
  });
});
