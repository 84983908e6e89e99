import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { startTestServer, type LobbySocket, type StartOptions, type TestServer } from '../support/server.ts';
import {
  confirmTicket,
  launchBrowser,
  openKiosk,
  printCalls,
  shot,
  staffTickets,
  walkSoftLane,
} from './kiosk-harness.ts';

/**
 * Every reason the kiosk refuses a ticket shows its own words on screen; none is silent and
 * none shows a number the server did not issue.
 */
describeBrowser('kiosk: refusals', () => {
  let browser: Browser;
  const servers: TestServer[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });

  async function serverWith(opts: StartOptions): Promise<TestServer> {
    const server = await startTestServer(opts);
    servers.push(server);
    return server;
  }

  async function kiosk(server: TestServer): Promise<Page> {
    const { context, page } = await openKiosk(browser, server);
    contexts.push(context);
    return page;
  }

  async function expectNoNumber(page: Page) {
    expect(await page.getByTestId('ticket-number').count()).toBe(0);
    expect(await printCalls(page)).toBe(0);
  }

  describe('on the demo branch', () => {
    let server: TestServer;
    let lobby: LobbySocket;

    beforeAll(async () => {
      server = await serverWith({});
      lobby = await server.connect(await server.login('lobby'));
    });

    it('a paused lane says so on its button and when tapped', async () => {
      const page = await kiosk(server);
      await page.getByTestId('zone-soft').click();
      const paused = await server.command(lobby, 'lane:pause', { laneId: 'A', reason: 'test: counters short' });
      expect(paused.ok).toBe(true);
      await expect.poll(() => page.getByTestId('lane-personal').textContent()).toContain('个人业务暂停取号');
      await page.getByTestId('lane-personal').click();
      const refusal = page.locator('[data-testid="refusal"][data-kind="lane_paused"]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('该类业务暂时停止取号');
      await shot(page, 'refusal-lane-paused');
      await expectNoNumber(page);
      await server.command(lobby, 'lane:resume', { laneId: 'A', reason: 'test: back' });
      await page.getByTestId('refusal-dismiss').click();
      await expect.poll(() => page.getByTestId('lane-personal').textContent()).not.toContain('暂停');
    });

    it('a lane paused while the customer confirms is refused with the same words', async () => {
      const page = await kiosk(server);
      await walkSoftLane(page, 'lane-business', 'bills', null);
      await server.command(lobby, 'lane:pause', { laneId: 'B', reason: 'test: paused late' });
      await page.getByTestId('issue-ticket').click();
      const refusal = page.locator('[data-testid="refusal"][data-kind="lane_paused"]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('对公业务暂停取号');
      await expectNoNumber(page);
      await server.command(lobby, 'lane:resume', { laneId: 'B', reason: 'test: back' });
    });

    it('emergency mode fills the screen with its message, and lifts when it ends', async () => {
      const page = await kiosk(server);
      await page.getByTestId('zone-soft').waitFor();
      const started = await server.command(lobby, 'emergency:start', {
        message: '网点临时暂停营业，请听从工作人员指引',
      });
      expect(started.ok).toBe(true);
      const blocked = page.locator('[data-testid="refusal"][data-kind="emergency"]');
      await blocked.waitFor();
      expect(await blocked.textContent()).toContain('网点临时暂停营业，请听从工作人员指引');
      await shot(page, 'refusal-emergency');
      await expectNoNumber(page);
      await server.command(lobby, 'emergency:end', { reason: 'test: drill over' });
      await page.getByTestId('zone-soft').waitFor();
    });

    it('the offline screen appears when the server stops and clears by itself when it is back; no number meanwhile', async () => {
      const page = await kiosk(server);
      await walkSoftLane(page, 'lane-personal', 'cash', null);
      await server.app.close();
      const offline = page.getByTestId('offline-screen');
      await offline.waitFor({ timeout: 15_000 });
      expect(await offline.textContent()).toContain('网络连接中断');
      await shot(page, 'offline');
      await expectNoNumber(page);
      await server.restart();
      lobby = await server.connect(await server.login('lobby'));
      await offline.waitFor({ state: 'detached', timeout: 20_000 });
      // Back where the customer was, and the ticket can be taken.
      const number = await confirmTicket(page);
      expect(number).toMatch(/^A\d{3}$/);
      expect((await staffTickets(server, lobby)).some((t) => t.number === number)).toBe(true);
    });
  });

  it('a kiosk with a wrong or revoked device token says it is not authorised', async () => {
    const server = await serverWith({});
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.webUrl}/kiosk/?device=not-a-real-token-0000`);
    const unpaired = page.getByTestId('unpaired-screen');
    await unpaired.waitFor();
    expect(await unpaired.textContent()).toContain('本机尚未授权');
    expect(page.url()).not.toContain('not-a-real-token');
    await shot(page, 'refusal-unpaired');
  });

  it('a lane whose daily cap is reached is shown as full before any choice', async () => {
    const server = await serverWith({
      config: (c) => ({ ...c, lanes: c.lanes.map((l) => (l.id === 'B' ? { ...l, dailyCap: 1 } : l)) }),
    });
    const page = await kiosk(server);
    await walkSoftLane(page, 'lane-business', 'corp-cash', null);
    expect(await confirmTicket(page)).toBe('B001');
    await page.getByTestId('ticket-done').click();
    await page.getByTestId('zone-soft').click();
    await expect.poll(() => page.getByTestId('lane-business').textContent()).toContain('对公业务今日号源已满');
    await page.getByTestId('lane-business').click();
    const refusal = page.locator('[data-testid="refusal"][data-kind="lane_cap_reached"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('今日取号已达上限');
    await shot(page, 'refusal-cap');
  });

  it('before opening time the kiosk shows the business hours instead of the menu', async () => {
    const server = await serverWith({
      config: (c) => ({ ...c, hours: { ...c.hours, open: '14:00', close: '17:00', lastTicket: '16:45' } }),
    });
    const page = await kiosk(server);
    const blocked = page.locator('[data-testid="refusal"][data-kind="before_open"]');
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain('营业时间 14:00–17:00');
    expect(await page.getByTestId('zone-soft').count()).toBe(0);
    await shot(page, 'refusal-before-open');
  });

  it('after the last-ticket time the kiosk says issue has ended for today', async () => {
    const server = await serverWith({
      startAt: '2026-11-24T16:50:00+08:00',
      config: (c) => ({ ...c, hours: { ...c.hours, open: '09:00', close: '17:00', lastTicket: '16:45' } }),
    });
    const page = await kiosk(server);
    const blocked = page.locator('[data-testid="refusal"][data-kind="after_last_ticket"]');
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain('今日最后取号时间为 16:45');
    await shot(page, 'refusal-after-last-ticket');
  });

  it('a rate-limited issue says to wait, with no number', async () => {
    const server = await serverWith({ issueRateLimit: { perPrincipal: 1, perIp: 100, windowSec: 600 } });
    const page = await kiosk(server);
    await walkSoftLane(page, 'lane-personal', 'cash', null);
    expect(await confirmTicket(page)).toBe('A001');
    await page.getByTestId('ticket-done').click();
    await walkSoftLane(page, 'lane-personal', 'wealth', null);
    await page.getByTestId('issue-ticket').click();
    const refusal = page.locator('[data-testid="refusal"][data-kind="rate_limited"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('操作过于频繁');
    expect(await page.getByTestId('ticket-number').count()).toBe(0);
    expect(await printCalls(page)).toBe(1);
    await shot(page, 'refusal-rate-limited');
  });
});
