import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { dialogSettled, pickOption } from './antd-helpers.ts';

/**
 * 19.15: 代客取号 gave the customer nothing to hold ("已取号 A003，前方 3 人 / 知道了"). Now the
 * lobby shows the number, a QR code of the ticket's own phone page and prints the ticket on
 * the lobby's printer. The QR takes the branch's public mobile address; on an address no
 * phone can open (the server's own screen, 127.0.0.1) and none set, it says so instead.
 */
const PUBLIC_BASE = 'https://m.bank.example/branch-0101';

describeBrowser('lobby: the ticket issued on a customer’s behalf', () => {
  let plain: TestServer;
  let published: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    plain = await startTestServer();
    published = await startTestServer({
      config: (c) => ({ ...c, branch: { ...c.branch, mobileBaseUrl: PUBLIC_BASE } }),
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await plain?.close();
    await published?.close();
  });

  /** Signs the lobby manager in at `origin` and issues a 存取款 ticket through the console. */
  async function signIn(origin: string): Promise<Page> {
    const { page } = await newPage(browser, { width: 1440, height: 900 });
    await page.goto(`${origin}/lobby`);
    await page.getByLabel('用户名').fill('lobby');
    await page.getByLabel('密码').fill('lobby123');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    return page;
  }

  async function issue(page: Page, lane: string, business: string): Promise<void> {
    await page.getByTestId('open-issue').click();
    await dialogSettled(page);
    await pickOption(page, 'issue-lane', lane);
    await pickOption(page, 'issue-business', business);
    await page.locator('.ant-modal-wrap:visible .ant-btn-primary').click();
    await page.getByTestId('issued-ticket').waitFor();
  }

  async function done(page: Page): Promise<void> {
    await page.getByTestId('issued-done').click();
    await page.getByTestId('issued-ticket').waitFor({ state: 'hidden' });
  }

  it('on the server’s own screen with no public address: no unusable QR, a clear note, printing still offered', async () => {
    const page = await signIn(plain.url);
    await issue(page, '个人业务', '存取款');
    expect(await page.getByTestId('issued-number').textContent()).toMatch(/^A\d{3}$/);
    expect(await page.getByTestId('issued-qr').count()).toBe(0);
    expect(await page.getByTestId('issued-no-qr').textContent()).toContain('不能生成二维码');
    expect(await page.getByTestId('lobby-print-ticket').locator('svg').count()).toBe(0);
    expect(await page.getByTestId('issued-print').isEnabled()).toBe(true);
    await screenshot(page, 'lobby-issued-no-qr');
    await done(page);
    await page.getByRole('button', { name: 'English' }).click();
    await issue(page, 'Personal banking', 'Deposit / withdrawal');
    expect(await page.getByTestId('issued-no-qr').textContent()).toContain('no QR code');
    await screenshot(page, 'lobby-issued-no-qr-en');
    await page.context().close();
  });

  it('with a public mobile address the QR opens the ticket there, whatever address the lobby uses', async () => {
    const page = await signIn(published.url);
    await issue(page, '个人业务', '存取款');
    const url = (await page.getByTestId('issued-qr').getAttribute('data-url')) ?? '';
    expect(url).toMatch(new RegExp(`^${PUBLIC_BASE}/t/[A-Za-z0-9_-]{16,64}$`));
    expect(await page.getByTestId('issued-ahead').textContent()).toBe('前方无人等待');
    await done(page);
    await page.getByRole('button', { name: 'English' }).click();
    await issue(page, 'Personal banking', 'Deposit / withdrawal');
    expect(await page.getByTestId('issued-ahead').textContent()).toBe('1 person ahead');
    await screenshot(page, 'lobby-issued-qr-en');
    await done(page);
    await page.context().close();
  });
});
