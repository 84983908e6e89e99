import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { screenshot } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { announcements, FloorDriver, launchBrowser, openDisplay } from './display-harness.ts';

/**
 * Cuts the display's websocket (and refuses reconnects) with Playwright's websocket
 * routing, makes calls while it is away, then lets it back and checks it caught up.
 */
let server: TestServer;
let browser: Browser;
let page: Page;
let floor: FloorDriver;
let blocked = false;
const links = new Set<{ page: WebSocketRoute; server: WebSocketRoute }>();

describeBrowser('hall display: connection loss', () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    floor = new FloorDriver(server);
    ({ page } = await openDisplay(browser, server, {
      beforeGoto: (p) =>
        p.routeWebSocket(/\/socket\.io\//, (ws) => {
          if (blocked) return ws.close({ code: 1001, reason: 'test: network down' });
          const link = { page: ws, server: ws.connectToServer() };
          links.add(link);
        }),
    }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the data age while disconnected and catches up on the missed calls after', async () => {
    await floor.issue('A', 'cash');
    await floor.callNext('c2');
    await expect.poll(() => page.getByTestId('now-number').textContent()).toBe('A001');

    blocked = true;
    for (const link of links) {
      await link.page.close({ code: 1001, reason: 'test: network down' });
      await link.server.close();
    }
    links.clear();
    const banner = page.getByTestId('connection-banner');
    await banner.waitFor();
    // The data age counts up while the link is down: wait until it says two seconds or more.
    await expect
      .poll(async () => Number(/(\d+)/.exec((await banner.textContent()) ?? '')?.[1] ?? 0))
      .toBeGreaterThanOrEqual(2);
    expect((await banner.textContent()) ?? '').toMatch(/^连接中断 · 数据已 \d+ 秒未更新$/);

    // Calls made while the screen is away.
    await floor.issue('A', 'cash');
    await floor.issue('B', 'bills');
    await floor.callNext('c4');
    await floor.callNext('c6');
    await page.waitForTimeout(1000);
    expect(await page.getByTestId('now-number').textContent()).toBe('A001');
    await screenshot(page, 'display-offline');

    blocked = false;
    // socket.io retries with backoff capped at 5 s (+50 % jitter); leave room for a loaded CI machine.
    await banner.waitFor({ state: 'detached', timeout: 45_000 });
    await expect.poll(() => page.getByTestId('now-number').textContent()).toBe('B001');
    expect(await page.getByTestId('counter-4').textContent()).toContain('A002');
    expect(await page.getByTestId('counter-6').textContent()).toContain('B001');
    expect(await page.getByTestId('recent-personal').textContent()).toContain('A002');
    // Missed a few seconds only: still worth saying, in the order they happened.
    await expect
      .poll(async () => (await announcements(page)).map((a) => a.text), { timeout: 30_000 })
      .toEqual(['请 A 零 零 一 号 到 2 号窗口', '请 A 零 零 二 号 到 4 号窗口', '请 B 零 零 一 号 到 6 号窗口']);
  });

  it('picks up live events again after the resync', async () => {
    await floor.issue('K', 'passbook');
    await floor.callNext('c1');
    await expect.poll(() => page.getByTestId('now-number').textContent()).toBe('K001');
    expect(await page.getByTestId('connection-banner').count()).toBe(0);
  });
});
