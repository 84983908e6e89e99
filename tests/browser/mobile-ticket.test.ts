import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { IssuedTicket } from '@lobby/shared';
import { describeBrowser } from '../support/browser-skip.ts';
import { screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { launchBrowser } from './kiosk-harness.ts';

/** The customer's phone page `/t/<token>`: the ticket's number, status and place, kept live by its socket. */
describeBrowser('mobile ticket page', () => {
  let server: TestServer;
  let browser: Browser;
  let kiosk: LobbySocket;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    kiosk = await server.connect(server.deviceToken('kiosk'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function issue(laneId: string, businessTypeId: string): Promise<IssuedTicket> {
    const ack = await server.command(kiosk, 'ticket:issue', {
      laneId,
      businessTypeId,
      priorityGroupId: null,
      vipIdentifier: null,
    });
    if (!ack.ok) throw new Error(ack.code);
    return ack.data;
  }

  async function phone(path: string, timezoneId = 'Asia/Shanghai'): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      timezoneId,
    });
    const page = await context.newPage();
    await page.goto(`${server.webUrl}${path}`);
    return page;
  }

  it('shows the number, waiting status and place, then "go to counter N" once called, without a reload', async () => {
    await issue('A', 'cash');
    const mine = await issue('A', 'remittance');
    const page = await phone(mine.mobilePath);
    await page.getByTestId('mobile-ticket').waitFor();
    expect(await page.getByTestId('mobile-number').textContent()).toBe(mine.ticket.number);
    expect(await page.getByTestId('mobile-status').getAttribute('data-status')).toBe('waiting');
    expect(await page.getByTestId('mobile-ahead').textContent()).toBe('前方等待 1 人');
    await screenshot(page, 'mobile-ticket-waiting');

    const teller = await server.connect(await server.login('teller2'));
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    expect((await server.command(teller, 'counter:callNext', { counterId: 'c2' })).ok).toBe(true);
    await expect.poll(() => page.getByTestId('mobile-ahead').textContent(), { timeout: 8000 }).toBe('前方无人等待');
    expect((await server.command(teller, 'ticket:start', { counterId: 'c2' })).ok).toBe(true);
    const finished = await server.command(teller, 'ticket:finish', {
      counterId: 'c2',
      outcome: 'served',
      servedBusinessTypeIds: ['cash'],
    });
    expect(finished.ok).toBe(true);
    expect((await server.command(teller, 'counter:callNext', { counterId: 'c2' })).ok).toBe(true);
    await expect
      .poll(() => page.getByTestId('mobile-status').getAttribute('data-status'), { timeout: 8000 })
      .toBe('called');
    expect(await page.getByTestId('mobile-status').textContent()).toBe('请到 2号窗口 办理');
    await screenshot(page, 'mobile-ticket-called');

    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByTestId('mobile-status').textContent()).toBe('Please go to Counter 2');
    // No customer data on the page: only the number, the lane and the counter.
    expect(await page.content()).not.toMatch(/\d{11,}/);
    await page.context().close();
  });

  it('says clearly when the ticket does not exist or the link is broken', async () => {
    const missing = await phone('/t/AAAAAAAAAAAAAAAAAAAAAAAA');
    await missing.getByTestId('mobile-problem').waitFor();
    expect(await missing.getByTestId('mobile-problem').textContent()).toContain('未找到该号票');
    await screenshot(missing, 'mobile-ticket-not-found');
    await missing.context().close();
    const broken = await phone('/t/x');
    await broken.getByTestId('mobile-problem').waitFor();
    expect(await broken.getByTestId('mobile-problem').textContent()).toContain('链接无效');
    await broken.context().close();
  });

  it('says it is live, synced on the branch clock, and as of when once the connection is lost (19.25)', async () => {
    const mine = await issue('A', 'cash');
    const page = await phone(mine.mobilePath);
    const updated = page.getByTestId('mobile-updated');
    await expect.poll(() => updated.getAttribute('data-live')).toBe('true');
    // The branch clock runs from 10:00 here (as CLOCK_OFFSET_MS does for training); the phone's is today's.
    const branchTime = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    expect(branchTime.format(server.clock.now())).not.toBe(branchTime.format(Date.now()));
    expect(await updated.textContent()).toMatch(/^实时更新中 · 10:0\d:\d{2} 已同步$/);
    await screenshot(page, 'mobile-ticket-live');

    // The link drops and cannot come back: the page keeps the ticket and says how old it is.
    await page.route('**/socket.io/**', (route) => route.abort());
    server.app.io.of('/mobile').disconnectSockets(true);
    await expect.poll(() => updated.getAttribute('data-live')).toBe('false');
    expect(await updated.textContent()).toMatch(/^连接中断：显示的是 10:0\d:\d{2} 的信息$/);
    expect(await page.getByTestId('mobile-number').textContent()).toBe(mine.ticket.number);
    await screenshot(page, 'mobile-ticket-offline');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await updated.textContent()).toMatch(/^Connection lost: showing the ticket as of 10:0\d:\d{2}$/);
    await screenshot(page, 'mobile-ticket-offline-en');
    await page.context().close();
  });

  it('shows the issue time on the branch clock on a phone set to another time zone', async () => {
    const mine = await issue('A', 'cash');
    const page = await phone(mine.mobilePath, 'America/New_York');
    const branchClock = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(mine.issuedAt);
    const phoneClock = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'America/New_York',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(mine.issuedAt);
    expect(branchClock).not.toBe(phoneClock);
    await expect.poll(() => page.getByTestId('mobile-issued-at').textContent()).toContain(branchClock);
    await page.context().close();
  });
});
