import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { useFakeGateway } from '../integration/appointments-support.ts';
import { pickOption } from './antd-helpers.ts';

/**
 * The admin's appointments page (/admin#appointments, from http://branch.lan): a save that
 * makes 存取款 bookable in 20-minute slots from 10:00 to 11:00 changes what the phone's
 * /book page offers; a last slot end before the first start is refused on its field and
 * nothing is saved. zh and en.
 */
let server: TestServer;
let gateway: FakeSmsGateway;
let browser: Browser;
let page: Page;

describeBrowser('admin appointments page', () => {
  beforeAll(async () => {
    gateway = await startFakeSmsGateway();
    server = await startTestServer();
    await useFakeGateway(server, gateway);
    browser = await launchChromium();
    ({ page } = await newPage(browser, { width: 1440, height: 1100 }));
    await page.goto(`${server.webUrl}/admin#appointments`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('admin123');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('appointments-page').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await gateway?.close();
  });

  async function bookPage(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const phone = await context.newPage();
    await phone.goto(`${server.webUrl}/book`);
    await phone.getByTestId('booking-form').waitFor();
    return phone;
  }

  it('refuses a last slot end before the first start on its field, and saves nothing', async () => {
    const version = await page
      .getByText(/配置版本|版本/)
      .first()
      .textContent();
    await page.getByTestId('appt-type-add').click();
    const row = page.getByTestId('appt-type-4');
    await row.waitFor();
    await pickOption(page, 'appt-type-4-business', '存取款');
    await page.getByTestId('appt-type-4-from').fill('11:00');
    await page.getByTestId('appt-type-4-to').fill('10:00');
    await page.getByTestId('appt-save').click();
    await expect
      .poll(() => row.locator('.ant-form-item-explain-error').allTextContents())
      .toContain('must be after the first slot start');
    expect(
      await page
        .getByText(/配置版本|版本/)
        .first()
        .textContent(),
    ).toBe(version);
  });

  it('a saved bookable type shows on /book with exactly the slots set', async () => {
    const before = await bookPage();
    expect(await before.getByRole('button', { name: /存取款/ }).count()).toBe(0);
    await before.context().close();

    await page.getByTestId('appt-type-4-slotMin').fill('20');
    await page.getByTestId('appt-type-4-capacity').fill('1');
    await page.getByTestId('appt-type-4-from').fill('10:00');
    await page.getByTestId('appt-type-4-to').fill('11:00');
    await page.getByTestId('appt-remote-enabled').click();
    await page.getByTestId('appt-save').click();
    await page.getByText('已保存，配置版本').waitFor();
    await screenshot(page, 'admin-appointments-zh');

    const phone = await bookPage();
    await phone
      .getByRole('button', { name: /存取款/ })
      .first()
      .click();
    // The second bookable day: every slot is still ahead.
    await phone.locator('.m-choices--dates .m-choice').nth(1).click();
    const slots = phone.locator('[data-testid="booking-slots"] .m-choice');
    await expect.poll(() => slots.count()).toBe(3);
    const texts = (await slots.allTextContents()).map((s) => s.slice(0, 11));
    expect(texts).toEqual(['10:00–10:20', '10:20–10:40', '10:40–11:00']);
    expect(await slots.first().textContent()).toContain('1');
    // Phone tickets were switched off in the same save: the page no longer offers them.
    expect(await phone.getByRole('tab', { name: '手机取号' }).count()).toBe(0);
    await phone.context().close();

    await page.getByTestId('language-switch').click();
    await page.getByText('Bookable business types').waitFor();
    await screenshot(page, 'admin-appointments-en');
  });
});
