import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * Issue 19.18: on a 1440×900 screen (and a 1280×800 tablet) the lobby console shows its key
 * panels — counters, the customer list, the VIP rooms, the alerts — without scrolling the page,
 * with a busy morning of the demo branch on the floor. Long lists scroll inside their panel.
 */
let server: TestServer;
let browser: Browser;
let page: Page;

const KEY_PANELS = ['lobby-counters', 'lobby-tickets', 'vip-rooms', 'alerts-panel'] as const;

async function tellerAt(username: string, counterId: string): Promise<LobbySocket> {
  const socket = await server.connect(await server.login(username));
  const ack = await server.command(socket, 'counter:signOn', { counterId });
  if (!ack.ok) throw new Error(`sign on ${username} at ${counterId}: ${ack.code}`);
  return socket;
}

async function staffIdOf(name: string, lobby: LobbySocket): Promise<string> {
  const ack = await server.command(lobby, 'snapshot:get', {});
  if (!ack.ok || ack.data.audience !== 'staff') throw new Error('no snapshot');
  return ack.data.staff.find((s) => s.name === name)!.id;
}

/** A morning on the demo branch: five counters staffed, a long queue, a suspended customer, both VIP rooms busy. */
async function busyMorning(): Promise<void> {
  const kiosk = await server.connect(server.deviceToken('kiosk'));
  const lobby = await server.connect(await server.login('lobby'));
  const business = ['cash', 'open-account', 'remittance', 'wealth', 'lost-card', 'corp-account', 'bills', 'large-cash'];
  const lanes: Record<string, string> = { 'corp-account': 'B', bills: 'B', 'large-cash': 'K' };
  for (let i = 0; i < 24; i++) {
    const businessTypeId = business[i % business.length]!;
    const ack = await server.command(kiosk, 'ticket:issue', { laneId: lanes[businessTypeId] ?? 'A', businessTypeId });
    if (!ack.ok) throw new Error(`issue: ${ack.code}`);
  }
  const c2 = await tellerAt('teller1', 'c2');
  await tellerAt('teller2', 'c1');
  const c3 = await tellerAt('teller3', 'c3');
  await tellerAt('teller4', 'c6');
  await tellerAt('teller5', 'c8');
  expect((await server.command(c2, 'counter:callNext', { counterId: 'c2' })).ok).toBe(true);
  expect((await server.command(c2, 'ticket:suspend', { counterId: 'c2', note: '缺身份证复印件' })).ok).toBe(true);
  expect((await server.command(c2, 'counter:callNext', { counterId: 'c2' })).ok).toBe(true);
  expect((await server.command(c3, 'counter:callNext', { counterId: 'c3' })).ok).toBe(true);
  expect((await server.command(c3, 'ticket:start', { counterId: 'c3' })).ok).toBe(true);
  for (const roomId of ['room1', 'room2']) {
    const started = await server.command(lobby, 'vipVisit:start', { roomId, ticketId: null, note: '理财咨询' });
    if (!started.ok) throw new Error(started.code);
    if (roomId === 'room1') {
      const staffId = await staffIdOf('柜员7', lobby);
      expect((await server.command(lobby, 'vipVisit:page', { visitId: started.data.id, staffId })).ok).toBe(true);
    }
  }
}

/** Every key panel lies inside the viewport and the page itself does not scroll. */
async function expectKeyPanelsFit(width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height);
  for (const id of KEY_PANELS) {
    const box = await page.getByTestId(id).boundingBox();
    expect(box, id).not.toBeNull();
    expect(box!.y, `${id} top at ${width}×${height}`).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, `${id} bottom at ${width}×${height}`).toBeLessThanOrEqual(height);
    expect(box!.x + box!.width, `${id} right at ${width}×${height}`).toBeLessThanOrEqual(width);
    // Big enough to use: a panel squeezed to its title bar is not "fitting".
    expect(box!.height, `${id} height at ${width}×${height}`).toBeGreaterThan(id === 'lobby-tickets' ? 200 : 90);
  }
}

describeBrowser('lobby console layout', () => {
  beforeAll(async () => {
    server = await startTestServer({
      config: (c) => ({ ...c, policy: { ...c.policy, idleCounterAlertSec: 1 } }),
    });
    browser = await launchChromium();
    await busyMorning();
    ({ page } = await newPage(browser, { width: 1440, height: 900 }));
    await page.goto(`${server.webUrl}/lobby`);
    await page.getByLabel('用户名').fill('lobby');
    await page.getByLabel('密码').fill('lobby123');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('lobby-console').waitFor();
    // The idle counters raise their alerts; the list shows the whole queue.
    await page.locator('[data-testid="alert-counter_idle"]').first().waitFor({ timeout: 15_000 });
    await page.getByTestId('vip-served-room1').or(page.getByTestId('vip-status-room1')).first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fits counters, customers, VIP rooms and alerts on 1440×900 and on a 1280×800 tablet, in Chinese and English', async () => {
    await expectKeyPanelsFit(1440, 900);
    await screenshot(page, 'lobby-layout-1440x900-zh');
    await expectKeyPanelsFit(1280, 800);
    await screenshot(page, 'lobby-layout-1280x800-zh');

    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('lobby-tickets').textContent()).toContain('Customers');
    await expectKeyPanelsFit(1440, 900);
    await screenshot(page, 'lobby-layout-1440x900-en');
    await expectKeyPanelsFit(1280, 800);
    await screenshot(page, 'lobby-layout-1280x800-en');
  });

  it('in English the lane column names the lane, and a form error says what is needed (19.16, 19.22)', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => page.getByTestId('lobby-tickets').textContent()).toContain('Customers');
    const lane = page.locator('[data-testid="tickets-waiting"] [data-testid^="ticket-lane-B"]').first();
    await expect.poll(() => lane.textContent()).toBe('B · Business banking');
    await page.getByTestId('open-issue').click();
    await page.locator('.ant-modal-wrap:visible .ant-btn-primary').click();
    await expect
      .poll(() => page.locator('.ant-modal-wrap:visible .ant-form-item-explain-error').allTextContents())
      .toEqual(['Choose a lane', 'Choose a business type']);
    await screenshot(page, 'lobby-issue-form-errors-en');
    await page.locator('.ant-modal-wrap:visible .ant-modal-close').click();
    await page.locator('.ant-modal-wrap:visible').waitFor({ state: 'hidden' });
  });

  it('the customer list scrolls inside its panel: the last waiting ticket can be reached', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const rows = page.locator('[data-testid="tickets-waiting"] [data-testid^="ticket-row-"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(15);
    const last = rows.last();
    await last.scrollIntoViewIfNeeded();
    const box = await last.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});
