import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { newPage, screenshot } from '../support/browser.ts';
import { startFakePushService, type FakePushService } from '../support/fake-push-service.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { useFakeGateway } from '../integration/appointments-support.ts';
import { launchBrowser, openKiosk, PORTRAIT } from './kiosk-harness.ts';
import { notificationsShown, phoneWithPush, serviceWorkerInbox } from './push-harness.ts';

/**
 * Issue 17, done when: a customer books on the phone page with the code from the text message,
 * checks in at the kiosk on time (ahead of the walk-ins already waiting), is reminded by text
 * and by a Web Push notification, is called, and rates the service on the counter's tablet;
 * the admin's report shows the booked customer's wait against the walk-ins'. Every surface is
 * the built app in Chromium; the SMS gateway and the push service are local fakes.
 */
const MIN = 60_000;
const PHONE = '13800138000';

describeBrowser('an appointment from booking to rating', () => {
  let gateway: FakeSmsGateway;
  let push: FakePushService;
  let server: TestServer;
  let browser: Browser;
  let kiosk: LobbySocket;

  beforeAll(async () => {
    gateway = await startFakeSmsGateway();
    push = await startFakePushService();
    server = await startTestServer({
      config: (c) => ({
        ...c,
        appointments: { ...c.appointments, types: c.appointments.types.map((t) => ({ ...t, cutoffMin: 0 })) },
      }),
      deps: {
        publicRateLimit: { codesPerIp: 1000, writesPerIp: 1000, windowSec: 60 },
        pushServices: [push.origin],
        pushAgent: push.agent,
      },
    });
    await useFakeGateway(server, gateway);
    browser = await launchBrowser();
    kiosk = await server.connect(server.deviceToken('kiosk'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await push?.close();
    await gateway?.close();
  });

  async function phonePage(path: string): Promise<Page> {
    // The phone reaches the branch over https in a real branch; 127.0.0.1 is a secure context too.
    const { page } = await phoneWithPush(browser, server.url, push);
    await page.goto(`${server.url}${path}`);
    return page;
  }

  async function walkIn(): Promise<string> {
    const ack = await server.command(kiosk, 'ticket:issue', {
      laneId: 'A',
      businessTypeId: 'open-account',
      priorityGroupId: null,
      vipIdentifier: null,
    });
    if (!ack.ok) throw new Error(ack.code);
    return ack.data.ticket.number;
  }

  it('books, checks in ahead of the walk-ins, is reminded by text and push, is called, rates; the report shows it', async () => {
    // 10:00. The customer books today's 10:30 opening of an account on the phone.
    const phone = await phonePage('/book');
    await phone.getByTestId('booking-form').waitFor();
    await phone.getByRole('button', { name: /开户/ }).first().click();
    await phone.locator('.m-choices--dates .m-choice').first().click();
    await phone.locator('[data-testid="booking-slots"] .m-choice', { hasText: '10:30–' }).click();
    await phone.getByTestId('booking-phone').fill(PHONE);
    await phone.getByTestId('booking-send-code').click();
    const sms = await gateway.waitFor((m) => m.kind === 'verification_code' && m.mobile === PHONE);
    await phone.getByTestId('booking-code').fill(sms.code);
    await phone.getByTestId('booking-confirm').click();
    await phone.waitForURL(/\/b\/[A-Za-z0-9_-]+$/);
    const code = ((await phone.getByTestId('booking-code-shown').textContent()) ?? '').trim();
    expect(code).toMatch(/^\d{6}$/);
    await gateway.waitFor((m) => m.kind === 'booking_confirmed' && m.mobile === PHONE);

    // Three walk-ins take tickets at 10:10. The customer arrives at 10:20, inside the check-in
    // window: the 15-minute head start puts the booking before them (10:05 against 10:10).
    server.clock.advance(10 * MIN);
    const walkIns = [await walkIn(), await walkIn(), await walkIn()];
    server.clock.advance(10 * MIN);
    const { context: kioskContext, page: kioskPage } = await openKiosk(browser, server, { viewport: PORTRAIT });
    await kioskPage.getByTestId('zone-arrival').click();
    for (const d of code) await kioskPage.locator(`.keypad__key[data-key="${d}"]`).click();
    await kioskPage.getByTestId('arrival-submit').click();
    await kioskPage.getByTestId('arrival-check-in').click();
    await kioskPage.locator('[data-testid="print-status"][data-status="printed"]').waitFor();
    expect(await kioskPage.getByTestId('ticket-arrival').getAttribute('data-outcome')).toBe('on_time');
    const number = ((await kioskPage.getByTestId('ticket-number').textContent()) ?? '').trim();
    await kioskContext.close();

    // The ticket's page on the phone: the head start puts the customer first; reminders on.
    const ticket = [...server.app.ctx.queue.current.tickets.values()].find((t) => t.number === number)!;
    const ticketPage = await phonePage(`/t/${ticket.token}`);
    await expect.poll(() => ticketPage.getByTestId('mobile-ahead').textContent()).toBe('前方无人等待');
    const reminder = ticketPage.getByTestId('mobile-reminder');
    await expect.poll(() => reminder.getAttribute('data-state')).toBe('off');
    await ticketPage.getByTestId('reminder-enable').click();
    await expect.poll(() => reminder.getAttribute('data-state')).toBe('on');
    const inbox = await serviceWorkerInbox(ticketPage.context(), ticketPage, server.url);
    // Nobody ahead is within the three: the booking's phone gets the text at check-in.
    const near = await gateway.waitFor((m) => m.kind === 'turn_near' && m.mobile === PHONE);
    expect(near.content).toContain(number);

    // Counter 2 calls: the booked customer, before the three walk-ins.
    const evaluator = (await newPage(browser, { width: 1024, height: 768 })).page;
    await evaluator.goto(`${server.webUrl}/counter/rate?device=${server.deviceToken('evaluator', 'c2')}`);
    await evaluator.getByTestId('evaluator-idle').waitFor();
    const teller = await server.connect(await server.login('teller1'));
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    const call = await server.command(teller, 'counter:callNext', { counterId: 'c2' });
    expect(call.ok && call.data.number).toBe(number);
    const calledText = await gateway.waitFor((m) => m.kind === 'called' && m.mobile === PHONE);
    expect(calledText.content).toContain('2号窗口');
    await expect.poll(() => push.received.map((m) => (JSON.parse(m) as { kind: string }).kind)).toContain('called');
    const calledPush = push.received.find((m) => (JSON.parse(m) as { kind: string }).kind === 'called')!;
    await inbox.deliver(calledPush);
    await expect
      .poll(async () => (await notificationsShown(ticketPage)).map((n) => n.body).join(' '))
      .toContain('2号窗口');
    await expect.poll(() => ticketPage.getByTestId('mobile-status').getAttribute('data-status')).toBe('called');
    await screenshot(ticketPage, 'loop-ticket-called');

    // Served, then rated on the counter's tablet.
    expect((await server.command(teller, 'ticket:start', { counterId: 'c2' })).ok).toBe(true);
    const finish = await server.command(teller, 'ticket:finish', {
      counterId: 'c2',
      outcome: 'served',
      servedBusinessTypeIds: ['open-account'],
    });
    expect(finish.ok).toBe(true);
    await evaluator.getByTestId('rating-panel').waitFor();
    await evaluator.getByTestId('score-attitude-5').click();
    await evaluator.getByTestId('score-efficiency-5').click();
    await evaluator.getByTestId('rating-submit').click();
    await evaluator.getByTestId('evaluator-thanks').waitFor();
    // The walk-ins follow, one each.
    for (const expected of walkIns) {
      const next = await server.command(teller, 'counter:callNext', { counterId: 'c2' });
      expect(next.ok && next.data.number).toBe(expected);
      expect((await server.command(teller, 'ticket:start', { counterId: 'c2' })).ok).toBe(true);
      const done = await server.command(teller, 'ticket:finish', {
        counterId: 'c2',
        outcome: 'served',
        servedBusinessTypeIds: ['open-account'],
      });
      expect(done.ok).toBe(true);
    }

    // The admin's report: one booking, checked in on time, waited less than the walk-ins.
    const { page: admin } = await newPage(browser, { width: 1440, height: 900 });
    await admin.goto(`${server.webUrl}/admin`);
    await admin.getByLabel('用户名').fill('admin');
    await admin.getByLabel('密码').fill('admin123');
    await admin.getByRole('button', { name: /登\s*录/ }).click();
    await admin.getByTestId('admin-tab-reports').click();
    await admin.getByRole('tab', { name: '预约与到店' }).click();
    const panel = admin.getByTestId('report-appointments');
    await panel.waitFor();
    expect(await panel.getByTestId('appointments-bookings').textContent()).toBe('1');
    expect(await panel.getByTestId('appointments-checkedIn').textContent()).toBe('1');
    expect(await panel.getByTestId('appointments-onTime').textContent()).toBe('1');
    expect(await panel.getByTestId('booked-tickets').textContent()).toBe('1');
    expect(await panel.getByTestId('walkIn-tickets').textContent()).toBe('3');
    const booked = Number(await panel.getByTestId('booked-meanWaitMin').textContent());
    const walked = Number(await panel.getByTestId('walkIn-meanWaitMin').textContent());
    expect(booked).toBeLessThan(walked);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(admin, 'report-appointments-zh');
    await admin.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => panel.textContent()).toContain('Booked (on time)');
    // One day, one business day (it said "1 business days").
    expect(await admin.getByText(/^1 business day$/).count()).toBe(1);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(admin, 'report-appointments-en');
  });
});
