import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { BookingCustomerView, IssuedTicket } from '@lobby/shared';
import { describeBrowser } from '../support/browser-skip.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { bookOnline, publicCall, useFakeGateway, verifiedCode } from '../integration/appointments-support.ts';
import { launchBrowser, openKiosk, PORTRAIT, printCalls, shot, staffTickets } from './kiosk-harness.ts';

/**
 * 预约取号 on the built kiosk (portrait 1080×1920, from http://branch.lan): a booking found by its
 * code, by the QR scanner (which types the booking page's address and Enter) or by the phone
 * number; too early says when check-in opens, on time prints a ticket with the head start, late
 * says before and after the tap that it queues as a walk-in; a phone ticket is activated.
 */
const MIN = 60_000;
const SLOT_1030 = Date.parse('2026-11-24T10:30:00+08:00');

describeBrowser('kiosk: 预约取号', () => {
  let server: TestServer;
  let gateway: FakeSmsGateway;
  let browser: Browser;
  let lobby: LobbySocket;
  let onTime: BookingCustomerView;
  let late: BookingCustomerView;

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
    lobby = await server.connect(await server.login('lobby'));
    onTime = (await bookOnline(server, gateway, '13800001111', 'open-account', SLOT_1030)).body.data!;
    late = (await bookOnline(server, gateway, '13800002222', 'open-account', SLOT_1030)).body.data!;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await gateway?.close();
  });

  async function typeDigits(page: Page, digits: string) {
    for (const d of digits) await page.locator(`.keypad__key[data-key="${d}"]`).click();
  }

  async function lookUp(page: Page, digits: string) {
    await page.locator('.keypad__key[data-key="clear"]').click();
    await typeDigits(page, digits);
    await page.getByTestId('arrival-submit').click();
  }

  it('by code: too early says when check-in opens; on time prints a ticket that jumps the walk-ins', async () => {
    const { context, page } = await openKiosk(browser, server, { viewport: PORTRAIT });
    await page.getByTestId('zone-arrival').waitFor();
    await shot(page, 'arrival-0-welcome-zh');
    await page.getByTestId('zone-arrival').click();
    await typeDigits(page, onTime.code);
    expect(await page.getByTestId('arrival-digits').textContent()).toBe(onTime.code);
    await shot(page, 'arrival-1-entry-zh');
    await page.getByTestId('arrival-submit').click();
    await page.getByTestId('arrival-early').waitFor();
    expect(await page.getByTestId('arrival-early').textContent()).toContain('10:15');
    expect(await page.getByTestId('arrival-check-in').count()).toBe(0);
    await shot(page, 'arrival-2-early-zh');

    server.clock.advance(20 * MIN); // 10:20: inside the window
    const walkIn = await server.command(lobby, 'ticket:issue', {
      laneId: 'A',
      businessTypeId: 'cash',
      priorityGroupId: null,
      vipIdentifier: null,
    });
    expect(walkIn.ok).toBe(true);
    await page.getByRole('button', { name: '← 返回' }).click();
    await page.getByTestId('zone-arrival').click();
    await lookUp(page, onTime.code);
    await page.getByTestId('arrival-check-in').click();
    await page.locator('[data-testid="print-status"][data-status="printed"]').waitFor();
    expect(await page.getByTestId('ticket-arrival').getAttribute('data-outcome')).toBe('on_time');
    expect(await page.getByTestId('ticket-arrival').textContent()).toContain('按预约优先');
    expect(await page.getByTestId('print-ticket').textContent()).toContain('预约客户');
    await shot(page, 'arrival-3-ticket-on-time-zh');
    const number = (await page.getByTestId('ticket-number').textContent())?.trim();
    const queued = (await staffTickets(server, lobby)).find((t) => t.number === number);
    expect(queued).toMatchObject({ laneId: 'A', businessTypeId: 'open-account', status: 'waiting', channel: 'kiosk' });
    expect(await printCalls(page)).toBe(1);
    // The head start: called before the walk-in who was waiting first.
    const teller = await server.connect(await server.login('teller2'));
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    const call = await server.command(teller, 'counter:callNext', { counterId: 'c2' });
    expect(call.ok && call.data.number).toBe(number);
    expect(walkIn.ok && walkIn.data.ticket.status).toBe('waiting');
    await context.close();
  });

  it('by the QR scanner, late: warned before the tap, told again on the ticket (zh and en)', async () => {
    server.clock.advance(21 * MIN); // 10:41: past 10:30 + the 10-minute tolerance
    const { context, page } = await openKiosk(browser, server, { viewport: PORTRAIT });
    await page.getByTestId('zone-arrival').click();
    await page.getByTestId('arrival-submit').waitFor();
    // A keyboard-wedge scanner: the booking page's address, then Enter.
    await page.keyboard.type(`${server.webUrl}${late.managePath}`);
    await page.keyboard.press('Enter');
    await page.getByTestId('arrival-late').waitFor();
    expect(await page.getByTestId('arrival-late').textContent()).toContain('按现场客户排队');
    await shot(page, 'arrival-4-late-zh');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByTestId('arrival-late').textContent()).toContain('walk-in');
    await shot(page, 'arrival-4-late-en');
    await page.getByTestId('arrival-check-in').click();
    await page.locator('[data-testid="print-status"][data-status="printed"]').waitFor();
    expect(await page.getByTestId('ticket-arrival').getAttribute('data-outcome')).toBe('late');
    expect(await page.getByTestId('ticket-arrival').textContent()).toContain('walk-in');
    await shot(page, 'arrival-5-ticket-late-en');
    await context.close();
  });

  it('by phone number: a phone ticket is activated; nothing booked says so', async () => {
    // Taken now: one passed over while its customer is away lapses after the grace.
    const v = await verifiedCode(server, gateway, '13900003333', 'remote');
    const taken = await publicCall<IssuedTicket>(server, 'POST', '/public/remote-tickets', {
      ...v,
      laneId: 'A',
      businessTypeId: 'cash',
    });
    if (taken.status !== 201) throw new Error(`phone ticket refused: ${JSON.stringify(taken.body)}`);
    const remote = taken.body.data!;
    const { context, page } = await openKiosk(browser, server, { viewport: PORTRAIT });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('zone-arrival').click();
    await shot(page, 'arrival-1-entry-en');
    await lookUp(page, '13700007777');
    await page.getByTestId('arrival-not-found').waitFor();
    await shot(page, 'arrival-6-not-found-en');
    await typeDigits(page, '13900003333');
    // The middle of the number is hidden from the people queueing behind.
    expect(await page.getByTestId('arrival-digits').textContent()).toBe('139●●●●3333');
    await page.getByTestId('arrival-submit').click();
    await page.getByTestId(`arrival-remote-${remote.ticket.number}`).waitFor();
    await shot(page, 'arrival-7-remote-en');
    await page.getByTestId('arrival-activate').click();
    await page.locator('[data-testid="print-status"][data-status="printed"]').waitFor();
    expect(await page.getByTestId('ticket-arrival').getAttribute('data-outcome')).toBe('activated');
    expect(await page.getByTestId('ticket-number').textContent()).toBe(remote.ticket.number);
    const activated = (await staffTickets(server, lobby)).find((t) => t.id === remote.ticket.id);
    expect(activated?.remote?.activatedAt).toEqual(expect.any(Number));
    await shot(page, 'arrival-8-ticket-activated-en');
    await context.close();
  });
});
