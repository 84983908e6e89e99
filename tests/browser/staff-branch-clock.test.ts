import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * Issue 19.25, two clocks: the branch clock (here 10:00 in Asia/Shanghai, as CLOCK_OFFSET_MS
 * gives for training) is what the kiosk, the display and the ticket show. Staff PCs set to
 * UTC showed 02:00 for the same instants — the teller's 取号时间, the lobby's header clock, a
 * ticket's timeline, the audit log. Every staff screen here runs in a UTC browser.
 */
let server: TestServer;
let browser: Browser;
let kiosk: LobbySocket;

async function signIn(username: string, password: string, path: string, viewport: { width: number; height: number }) {
  const { page } = await newPage(browser, viewport, 'UTC');
  await page.goto(`${server.webUrl}${path}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  return page;
}

/** 10:0x on the branch clock (the test clock starts at 10:00 and runs in real time). */
const BRANCH_TEN = /^10:0\d/;

describeBrowser('staff screens on the branch clock', () => {
  let teller: Page;
  let number = '';
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    kiosk = await server.connect(server.deviceToken('kiosk'));
    const ack = await server.command(kiosk, 'ticket:issue', {
      laneId: 'A',
      businessTypeId: 'personal-loan',
      priorityGroupId: null,
      vipIdentifier: null,
    });
    if (!ack.ok) throw new Error(ack.code);
    number = ack.data.ticket.number;
    // A manual action, so the audit log's default view (仅人工操作) has a row.
    const lobby = await server.connect(await server.login('lobby'));
    const broadcast = await server.command(lobby, 'hall:broadcast', { text: '请带好随身物品', speak: false });
    if (!broadcast.ok) throw new Error(broadcast.code);
    teller = await signIn('teller1', 'teller123', '/counter', { width: 1366, height: 768 });
    await teller.getByTestId('sign-on-c2').click();
    await teller.getByTestId('counter-desk').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the browser really is on UTC, eight hours behind the branch', async () => {
    expect(await teller.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('UTC');
    expect(await teller.evaluate(() => new Date().getTimezoneOffset())).toBe(0);
  });

  it('the teller sees 取号时间 on the branch clock', async () => {
    await teller.getByTestId('action-callNext').click();
    await expect.poll(async () => (await teller.getByTestId('current-number').textContent())?.trim()).toBe(number);
    const issuedAt = (await teller.getByTestId('issued-at').textContent()) ?? '';
    expect(issuedAt).toMatch(BRANCH_TEN);
    await screenshot(teller, 'branch-clock-teller');
    await teller.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => teller.getByTestId('issued-at').textContent()).toMatch(BRANCH_TEN);
    await screenshot(teller, 'branch-clock-teller-en');
  });

  it('the lobby header clock and a ticket’s timeline read branch time', async () => {
    const lobby = await signIn('lobby', 'lobby123', '/lobby', { width: 1440, height: 900 });
    const clock = lobby.getByTestId('lobby-clock');
    await expect.poll(() => clock.textContent()).toMatch(BRANCH_TEN);
    await lobby.getByTestId('counter-current-c2').click();
    const timeline = lobby.getByTestId('ticket-timeline');
    await timeline.waitFor();
    const times = (await timeline.innerText()).match(/\b\d{2}:\d{2}:\d{2}\b/g) ?? [];
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(BRANCH_TEN);
    await screenshot(lobby, 'branch-clock-lobby');
  });

  it('the audit log dates and times entries on the branch clock', async () => {
    const admin = await signIn('admin', 'admin123', '/admin', { width: 1366, height: 768 });
    await admin.getByTestId('admin-tab-audit').click();
    const first = admin.getByTestId('audit-at').first();
    await first.waitFor();
    const all = await admin.getByTestId('audit-at').allTextContents();
    expect(all.length).toBeGreaterThan(0);
    for (const at of all) expect(at).toMatch(/^2026-11-24 10:0\d:\d{2}$/);
    await screenshot(admin, 'branch-clock-audit');
  });
});
