import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { BookingCustomerView } from '@lobby/shared';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { bookOnline, useFakeGateway } from '../integration/appointments-support.ts';

/**
 * Today's bookings on the lobby console (1440×900) and the 预约 mark on the teller's current
 * ticket (1366×768), from http://branch.lan: expected / due / checked in / late, live as the
 * kiosk checks a customer in; the lobby checks one in on time and one late (told it queues as a
 * walk-in); the teller who calls the booked ticket sees it is booked.
 */
const MIN = 60_000;
const SLOT_1030 = Date.parse('2026-11-24T10:30:00+08:00');
const SLOT_1100 = Date.parse('2026-11-24T11:00:00+08:00');

describeBrowser('lobby: today’s bookings; teller: 预约', () => {
  let server: TestServer;
  let gateway: FakeSmsGateway;
  let browser: Browser;
  let kiosk: LobbySocket;
  let desk: BookingCustomerView;
  let byKiosk: BookingCustomerView;
  let late: BookingCustomerView;
  let later: BookingCustomerView;

  beforeAll(async () => {
    gateway = await startFakeSmsGateway();
    server = await startTestServer({
      config: (c) => ({
        ...c,
        appointments: { ...c.appointments, types: c.appointments.types.map((t) => ({ ...t, cutoffMin: 0 })) },
      }),
      deps: { publicRateLimit: { codesPerIp: 1000, writesPerIp: 1000, windowSec: 60 } },
    });
    await useFakeGateway(server, gateway);
    kiosk = await server.connect(server.deviceToken('kiosk'));
    desk = (await bookOnline(server, gateway, '13800001111', 'open-account', SLOT_1030)).body.data!;
    byKiosk = (await bookOnline(server, gateway, '13800002222', 'open-account', SLOT_1030)).body.data!;
    late = (await bookOnline(server, gateway, '13800003333', 'open-account', SLOT_1030)).body.data!;
    later = (await bookOnline(server, gateway, '13800004444', 'open-account', SLOT_1100)).body.data!;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await gateway?.close();
  });

  async function signIn(path: string, username: string, password: string, viewport: { width: number; height: number }) {
    const { page } = await newPage(browser, viewport);
    await page.goto(`${server.webUrl}${path}`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    return page;
  }

  const standing = (page: Page, code: string) => page.getByTestId(`booking-${code}`).getAttribute('data-standing');

  it('lobby: the list by standing, live from the kiosk; check-in on time and late', async () => {
    server.clock.advance(20 * MIN); // 10:20: the 10:30 slot's window is open
    const page = await signIn('/lobby', 'lobby', 'lobby123', { width: 1440, height: 900 });
    await page.getByTestId('bookings-panel').waitFor();
    await expect.poll(() => standing(page, desk.code)).toBe('due');
    expect(await standing(page, later.code)).toBe('expected');
    expect(await page.getByTestId('bookings-count-due').textContent()).toBe('可签到 3');
    // Phones never show: only the last four digits.
    expect(await page.getByTestId('bookings-panel').textContent()).not.toContain('13800001111');
    expect(await page.getByTestId(`booking-${desk.code}`).textContent()).toContain('尾号 1111');

    const found = await server.command(kiosk, 'arrival:find', { query: byKiosk.code });
    if (!found.ok) throw new Error(found.code);
    const atKiosk = await server.command(kiosk, 'booking:checkIn', { bookingId: found.data.bookings[0]!.id });
    expect(atKiosk.ok).toBe(true);
    await expect.poll(() => standing(page, byKiosk.code)).toBe('checked_in');

    await page.getByTestId(`booking-check-in-${desk.code}`).click();
    await expect.poll(() => standing(page, desk.code)).toBe('checked_in');
    expect(await page.getByTestId('bookings-notice').textContent()).toMatch(/^已签到，号码 A\d{3}（按预约优先排队）$/);
    await screenshot(page, 'lobby-bookings-zh');

    server.clock.advance(21 * MIN); // 10:41: past the 10-minute tolerance
    await page.reload(); // the console learns the server's clock from its snapshot
    await expect.poll(() => standing(page, late.code)).toBe('late');
    await page.getByTestId(`booking-check-in-${late.code}`).click();
    await expect.poll(() => standing(page, late.code)).toBe('checked_in');
    expect(await page.getByTestId('bookings-notice').textContent()).toContain('按现场客户排队');
    expect(await page.getByTestId(`booking-standing-${late.code}`).textContent()).toBe('迟到签到');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByTestId('bookings-panel').textContent()).toContain("Today's bookings (4)");
    expect(await page.getByTestId('bookings-count-checked_in').textContent()).toBe('Checked in 3');
    expect(await page.getByTestId('bookings-notice').textContent()).toContain('queues as a walk-in');
    await screenshot(page, 'lobby-bookings-en');
    await page.context().close();
  });

  it('teller: the booked customer’s ticket is marked 预约 at the counter', async () => {
    const page = await signIn('/counter', 'teller2', 'teller123', { width: 1366, height: 768 });
    await page.getByTestId('sign-on-c2').click();
    await page.getByTestId('counter-desk').waitFor();
    await page.locator('[data-testid="connection-indicator"][data-state="connected"]').waitFor();
    await page.getByTestId('action-callNext').click();
    await page.getByTestId('appointment-flag').waitFor();
    expect(await page.getByTestId('appointment-flag').getAttribute('data-on-time')).toBe('true');
    expect(await page.getByTestId('appointment-flag').textContent()).toBe('预约 10:30');
    await screenshot(page, 'counter-booked-zh');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('appointment-flag').textContent()).toBe('Booked 10:30');
    await screenshot(page, 'counter-booked-en');
    await page.context().close();
  });
});
