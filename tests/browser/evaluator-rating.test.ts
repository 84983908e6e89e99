import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * The customer-facing evaluator tablet (/counter/rate, paired as an evaluator device bound
 * to a counter) in Chromium against the real server; the teller works through a socket.
 */
interface RatingRow {
  ticket_id: string;
  counter_id: string;
  attitude: number;
  efficiency: number;
}

let server: TestServer;
let browser: Browser;
let kiosk: LobbySocket;
const pages: Page[] = [];

async function ok<T>(promise: Promise<{ ok: true; data: T } | { ok: false; code: string }>): Promise<T> {
  const ack = await promise;
  if (!ack.ok) throw new Error(`command refused: ${ack.code}`);
  return ack.data;
}

/** A teller signed on at the counter, via a socket. */
async function tellerSocket(username: string, counterId: string): Promise<LobbySocket> {
  const socket = await server.connect(await server.login(username));
  await ok(server.command(socket, 'counter:signOn', { counterId }));
  return socket;
}

/** Issue, call, start and finish one ticket at the counter; returns its id and number. */
async function serveOne(teller: LobbySocket, counterId: string): Promise<{ id: string; number: string }> {
  await ok(
    server.command(kiosk, 'ticket:issue', {
      laneId: 'A',
      businessTypeId: 'cash',
      priorityGroupId: null,
      vipIdentifier: null,
    }),
  );
  const called = await ok(server.command(teller, 'counter:callNext', { counterId }));
  await ok(server.command(teller, 'ticket:start', { counterId }));
  await ok(server.command(teller, 'ticket:finish', { counterId, outcome: 'served', servedBusinessTypeIds: [] }));
  return { id: called.id, number: called.number };
}

async function openEvaluator(counterId: string): Promise<Page> {
  const { page } = await newPage(browser, { width: 1024, height: 768 });
  pages.push(page);
  await page.goto(`${server.webUrl}/counter/rate?device=${server.deviceToken('evaluator', counterId)}`);
  await page.getByTestId('evaluator-idle').waitFor();
  await page.locator('[data-testid="connection-indicator"][data-state="connected"]').waitFor();
  return page;
}

const ratings = () =>
  server.app.ctx.store.db
    .prepare('SELECT ticket_id, counter_id, attitude, efficiency FROM ratings')
    .all() as RatingRow[];

/** Nothing of the rating form lies below the screen: the page does not scroll and both buttons are in view. */
async function expectWholeFormInView(page: Page): Promise<void> {
  const { scrollHeight, innerHeight } = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  expect(scrollHeight, 'the rating page scrolls').toBeLessThanOrEqual(innerHeight);
  for (const button of [page.getByTestId('rating-submit'), page.locator('.rating-skip')]) {
    const box = await button.boundingBox();
    expect(box, 'button not rendered').not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(innerHeight);
  }
}

describeBrowser('customer evaluator', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    server = await startTestServer();
    kiosk = await server.connect(server.deviceToken('kiosk'));
  });
  afterEach(async () => {
    for (const p of pages.splice(0)) await p.context().close();
    await server.close();
  });

  it('records the rating on the ticket finished at its own counter, then thanks the customer', async () => {
    const page = await openEvaluator('c2');
    // The pairing token leaves the address bar once stored.
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByTestId('evaluator-counter').textContent()).toBe('2号窗口');
    const teller = await tellerSocket('teller1', 'c2');
    const neighbour = await tellerSocket('teller2', 'c3');

    await ok(
      server.command(kiosk, 'ticket:issue', {
        laneId: 'A',
        businessTypeId: 'cash',
        priorityGroupId: null,
        vipIdentifier: null,
      }),
    );
    const called = await ok(server.command(teller, 'counter:callNext', { counterId: 'c2' }));
    await ok(server.command(teller, 'ticket:start', { counterId: 'c2' }));
    await expect.poll(() => page.getByTestId('evaluator-number').textContent()).toBe(called.number);
    // The customer sees who is serving them (the teller's name, not any customer data).
    await expect.poll(() => page.getByTestId('evaluator-teller').textContent()).toBe('服务柜员：柜员1（工号 1001）');
    await screenshot(page, 'evaluator-serving');

    // A finish at another counter does not ask this tablet for a rating.
    await serveOne(neighbour, 'c3');
    await page.waitForTimeout(300);
    expect(await page.getByTestId('rating-panel').count()).toBe(0);

    await ok(
      server.command(teller, 'ticket:finish', { counterId: 'c2', outcome: 'served', servedBusinessTypeIds: ['cash'] }),
    );
    const panel = page.getByTestId('rating-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-ticket-id')).toBe(called.id);
    expect(await page.getByTestId('rating-submit').isDisabled()).toBe(true);
    await page.getByTestId('score-attitude-4').click();
    await page.getByTestId('score-efficiency-5').click();
    await expect.poll(() => page.getByTestId('rating-submit').isEnabled()).toBe(true);
    await page.waitForTimeout(400); // let the selection transition finish before the screenshot
    await screenshot(page, 'evaluator-rating');
    await page.getByTestId('rating-submit').click();
    await page.getByTestId('evaluator-thanks').waitFor();
    await screenshot(page, 'evaluator-thanks');

    expect(ratings()).toEqual([{ ticket_id: called.id, counter_id: 'c2', attitude: 4, efficiency: 5 }]);
    // One rating per ticket.
    const device = await server.connect(server.deviceToken('evaluator', 'c2'));
    const again = await server.command(device, 'rating:submit', { ticketId: called.id, attitude: 1, efficiency: 1 });
    expect(again).toMatchObject({ ok: false, code: 'ALREADY_RATED' });
    // After the thank-you the tablet is idle again.
    await page.getByTestId('evaluator-idle').waitFor({ timeout: 10_000 });
  });

  it('after a low score offers the configured reasons (optional) and names the teller who served, even once signed off', async () => {
    const page = await openEvaluator('c5');
    const teller = await tellerSocket('teller1', 'c5');
    const served = await serveOne(teller, 'c5');
    await page.getByTestId('rating-panel').waitFor();
    // The teller leaves before the customer rates: the screen still names who served (19.20).
    await ok(server.command(teller, 'counter:signOff', { counterId: 'c5' }));
    await expect.poll(() => page.getByTestId('rating-teller').textContent()).toBe('服务柜员：柜员1（工号 1001）');
    await page.getByTestId('score-attitude-4').click();
    expect(await page.getByTestId('rating-reasons').count()).toBe(0);
    await page.getByTestId('score-efficiency-2').click();
    await page.getByTestId('rating-reasons').waitFor();
    expect(await page.locator('.rating-reason').allTextContents()).toEqual([
      '等候时间太长',
      '办理速度慢',
      '服务态度不好',
      '业务解释不清楚',
      '需要多次跑腿',
    ]);
    await page.getByTestId('rating-reason-wait').click();
    await page.getByTestId('rating-reason-slow').click();
    await expect.poll(() => page.getByTestId('rating-reason-slow').getAttribute('aria-pressed')).toBe('true');
    // The counter's tablet (1024×768) shows the whole form, submit and skip included, with no scrolling.
    await expectWholeFormInView(page);
    await screenshot(page, 'evaluator-low-rating-reasons');
    await page.getByTestId('language-switch').click();
    await expect
      .poll(() => page.getByTestId('rating-teller').textContent())
      .toBe('Your teller: 柜员1 (staff no. 1001)');
    await expect.poll(() => page.getByTestId('rating-reason-wait').textContent()).toBe('Waited too long');
    await expectWholeFormInView(page);
    await screenshot(page, 'evaluator-low-rating-reasons-en');
    await page.getByTestId('rating-submit').click();
    await page.getByTestId('evaluator-thanks').waitFor();
    const row = server.app.ctx.store.db
      .prepare('SELECT attitude, efficiency, reasons FROM ratings WHERE ticket_id = ?')
      .get(served.id);
    expect(row).toEqual({ attitude: 4, efficiency: 2, reasons: '["wait","slow"]' });

    // The admin's reports list the low rating with its reasons and the teller who served.
    const { page: admin } = await newPage(browser, { width: 1440, height: 900 });
    pages.push(admin);
    await admin.goto(`${server.webUrl}/admin`);
    await admin.getByLabel('用户名').fill('admin');
    await admin.getByLabel('密码').fill('admin123');
    await admin.getByRole('button', { name: /登\s*录/ }).click();
    await admin.getByTestId('admin-tab-reports').click();
    await admin.getByRole('tab', { name: '不满意评价' }).click();
    const lowRow = admin.getByTestId('report-low-ratings').locator('tbody tr', { hasText: served.number });
    await expect.poll(() => lowRow.textContent()).toContain('等候时间太长办理速度慢');
    expect(await lowRow.textContent()).toContain('柜员1');
    await screenshot(admin, 'admin-report-low-ratings');
    await admin.getByTestId('language-switch').click();
    await admin.getByRole('tab', { name: 'Low ratings' }).click();
    await expect.poll(() => lowRow.textContent()).toContain('Waited too long');
    await screenshot(admin, 'admin-report-low-ratings-en');
    // Reasons follow a low score only, and only from the branch's list.
    const device = await server.connect(server.deviceToken('evaluator', 'c5'));
    const other = await serveOne(await tellerSocket('teller2', 'c5'), 'c5');
    for (const bad of [
      { attitude: 5, efficiency: 4, reasons: ['wait'] },
      { attitude: 1, efficiency: 1, reasons: ['made-up'] },
    ])
      expect(await server.command(device, 'rating:submit', { ticketId: other.id, ...bad })).toMatchObject({
        ok: false,
        code: 'INVALID_PAYLOAD',
      });
  });

  it('times out as unrated: nothing is submitted and the tablet goes back to idle', async () => {
    const { page } = await newPage(browser, { width: 1024, height: 768 });
    pages.push(page);
    await page.clock.install();
    await page.goto(`${server.webUrl}/counter/rate?device=${server.deviceToken('evaluator', 'c4')}`);
    await page.getByTestId('evaluator-idle').waitFor();
    const teller = await tellerSocket('teller3', 'c4');
    await serveOne(teller, 'c4');
    await page.getByTestId('rating-panel').waitFor();
    await page.getByTestId('score-attitude-2').click();
    await page.clock.fastForward(61_000);
    await page.getByTestId('evaluator-idle').waitFor();
    expect(ratings()).toEqual([]);
  });
});
