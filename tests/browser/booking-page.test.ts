import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { screenshot } from '../support/browser.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { api } from '../integration/admin-api-support.ts';
import { useFakeGateway } from '../integration/appointments-support.ts';
import { launchBrowser } from './kiosk-harness.ts';

/**
 * The public booking page on a phone, from http://branch.lan: a business type with what to
 * bring, a date and a slot, the code from the text message (read off the fake SMS gateway),
 * then the booking's own page with its code and QR, in both languages; cancelled from there.
 */
describeBrowser('booking page', () => {
  let server: TestServer;
  let gateway: FakeSmsGateway;
  let browser: Browser;

  beforeAll(async () => {
    gateway = await startFakeSmsGateway();
    server = await startTestServer({
      deps: { publicRateLimit: { codesPerIp: 1000, writesPerIp: 1000, windowSec: 60 } },
    });
    await useFakeGateway(server, gateway);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await gateway?.close();
  });

  async function phone(path: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    await page.goto(`${server.webUrl}${path}`);
    return page;
  }

  it('books a slot with the code from the text message, shows the booking code and QR, and cancels', async () => {
    const page = await phone('/book');
    await page.getByTestId('booking-form').waitFor();
    await page.getByRole('button', { name: /开户/ }).first().click();
    await page.getByTestId('booking-materials').waitFor();
    await page.getByTestId('booking-slots').waitFor();
    // Tomorrow (the second bookable day): every slot is still ahead.
    await page.locator('.m-choices--dates .m-choice').nth(1).click();
    await page.locator('[data-testid="booking-slots"] .m-choice:not([disabled])').first().waitFor();
    await page.locator('[data-testid="booking-slots"] .m-choice:not([disabled])').first().click();
    await page.getByTestId('booking-phone').fill('138 0013 8000');
    await page.getByTestId('booking-send-code').click();
    const sms = await gateway.waitFor((m) => m.kind === 'verification_code' && m.mobile === '13800138000');
    await page.getByTestId('booking-code').fill(sms.code);
    await screenshot(page, 'booking-form-zh');
    await page.getByTestId('booking-confirm').click();

    await page.waitForURL(/\/b\/[A-Za-z0-9_-]+$/);
    await page.getByTestId('booking-card').waitFor();
    expect(await page.getByTestId('booking-status').textContent()).toBe('已预约');
    const confirmation = await gateway.waitFor((m) => m.kind === 'booking_confirmed' && m.mobile === '13800138000');
    const code = await page.getByTestId('booking-code-shown').textContent();
    expect(code).toMatch(/^\S+$/);
    expect(confirmation.content).toContain(code!);
    await page.locator('img.m-qr').waitFor();
    await screenshot(page, 'booking-page-zh');
    // No phone number on the public page: only the code and the slot.
    expect(await page.content()).not.toMatch(/13800138000|138 0013 8000/);

    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByTestId('booking-status').textContent()).toBe('Booked');
    await screenshot(page, 'booking-page-en');

    await page.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByTestId('booking-cancel-yes').click();
    await expect.poll(() => page.getByTestId('booking-card').getAttribute('data-status')).toBe('cancelled');
    expect(await page.getByTestId('booking-status').textContent()).toBe('Cancelled');
    await page.context().close();
  });

  it('a wrong code is refused in the customer’s words, and nothing is booked', async () => {
    const page = await phone('/book');
    await page.getByTestId('booking-form').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('button', { name: /account/i })
      .first()
      .click();
    await page.locator('.m-choices--dates .m-choice').nth(1).click();
    await page.locator('[data-testid="booking-slots"] .m-choice:not([disabled])').first().click();
    await page.getByTestId('booking-phone').fill('13900139000');
    await page.getByTestId('booking-send-code').click();
    const sms = await gateway.waitFor((m) => m.kind === 'verification_code' && m.mobile === '13900139000');
    await page.getByTestId('booking-code').fill(sms.code === '000000' ? '111111' : '000000');
    await page.getByTestId('booking-confirm').click();
    await page.getByTestId('booking-error').waitFor();
    expect(await page.getByTestId('booking-error').getAttribute('data-code')).toBe('VERIFICATION_FAILED');
    await screenshot(page, 'booking-form-en-refused');
    expect(page.url()).toMatch(/\/book$/);
    await page.context().close();
  });

  /** 手机取号 on the public page with the texted code: the phone lands on its ticket page. */
  async function takePhoneTicket(mobile: string): Promise<Page> {
    const page = await phone('/book');
    await page.getByTestId('booking-form').waitFor();
    await page.getByRole('tab', { name: '手机取号' }).click();
    await page.locator('.m-step').first().locator('.m-choice').first().click();
    await page.getByTestId('booking-phone').fill(mobile);
    await page.getByTestId('booking-send-code').click();
    const sms = await gateway.waitFor((m) => m.kind === 'verification_code' && m.mobile === mobile);
    await page.getByTestId('booking-code').fill(sms.code);
    await page.getByTestId('booking-confirm').click();
    await page.waitForURL(/\/t\/[A-Za-z0-9_-]+$/);
    return page;
  }

  it('a phone ticket waits unactivated until the phone scans the hall poster', async () => {
    const page = await takePhoneTicket('13700137000');
    const ticketUrl = page.url();
    await page.getByTestId('mobile-remote').waitFor();
    expect(await page.getByTestId('mobile-remote').textContent()).toContain('签到后才会叫号');
    await screenshot(page, 'phone-ticket-not-here-zh');

    const admin = await server.login('admin');
    const poster = await api<{ path: string }>(server, admin, 'GET', '/admin/poster');
    await page.goto(`${server.webUrl}${poster.body.data!.path}`);
    await page.getByTestId('hall-ticket').waitFor();
    expect(await page.getByTestId('hall-ticket').getAttribute('data-activated')).toBe('true');
    await screenshot(page, 'hall-check-in-zh');
    await page.goto(ticketUrl);
    await page.getByTestId('mobile-ticket').waitFor();
    await expect.poll(() => page.getByTestId('mobile-remote').count()).toBe(0);
    await page.context().close();
  });
  it('a phone ticket that never arrives lapses after the grace, and holds nobody up meanwhile', async () => {
    const page = await takePhoneTicket('13600136000');
    await page.getByTestId('mobile-remote').waitFor();
    const number = ((await page.getByTestId('mobile-number').textContent()) ?? '').trim();
    const laneId = number.slice(0, 1);

    // A walk-in in the same lane after it; a teller whose counter serves that lane calls: the walk-in, not the absent phone ticket.
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const businessTypeId = server.app.ctx.config().businessTypes.find((b) => b.laneId === laneId && b.enabled)!.id;
    const walkIn = await server.issue(kiosk, laneId, businessTypeId);
    const counterId = server.app.ctx.config().counters.find((c) => c.laneIds[0] === laneId)!.id;
    const teller = await server.connect(await server.login('teller3'));
    expect((await server.command(teller, 'counter:signOn', { counterId })).ok).toBe(true);
    // (The earlier test's activated phone ticket still waits ahead: it is called and served first.)
    const called: string[] = [];
    for (let i = 0; i < 3 && !called.includes(walkIn.ticket.number); i++) {
      const call = await server.command(teller, 'counter:callNext', { counterId });
      if (!call.ok) throw new Error(`${call.code} after ${called.join(', ')}`);
      called.push(call.data.number);
      if (call.data.number === walkIn.ticket.number) break;
      expect((await server.command(teller, 'ticket:start', { counterId })).ok).toBe(true);
      const done = await server.command(teller, 'ticket:finish', {
        counterId,
        outcome: 'served',
        servedBusinessTypeIds: [call.data.businessTypeId],
      });
      expect(done.ok).toBe(true);
    }
    expect(called).toContain(walkIn.ticket.number);
    expect(called).not.toContain(number);
    // Its turn came and went: the phone says until when to check in.
    await expect.poll(() => page.getByTestId('mobile-remote').textContent()).toContain('否则号票作废');
    await screenshot(page, 'phone-ticket-lapses-at-zh');

    // Past the 5-minute grace, still not in the hall: it lapses, and the phone says so.
    server.clock.advance(6 * 60_000);
    await expect.poll(() => page.getByTestId('mobile-status').textContent()).toContain('号票已作废');
    expect(await page.getByTestId('mobile-status').getAttribute('data-status')).toBe('cancelled');
    expect(await page.getByTestId('mobile-remote').count()).toBe(0);
    await screenshot(page, 'phone-ticket-lapsed-zh');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByTestId('mobile-status').textContent()).toContain('has lapsed');
    await screenshot(page, 'phone-ticket-lapsed-en');
    await page.context().close();
  });
});
