import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BranchReport, StaffSnapshot, TicketStaffView } from '@lobby/shared';
import { describeBrowser } from '../support/browser-skip.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { chooseBusinessAndPriority, confirmTicket, walkSoftLane } from '../browser/kiosk-harness.ts';

/**
 * A branch morning in one real Chromium against the real server: the kiosk issues tickets
 * in every lane, the hall display follows the calls, two tellers serve (suspend, transfer,
 * no-show), the lobby manager resumes the suspended customer and runs a VIP room visit, the
 * evaluator records a rating, and the day's report shows exactly those numbers. Every step
 * leaves a screenshot in test-artifacts/ (day-NN-*.png). The apps are built into a private
 * folder so this never swaps files under another test.
 */
const REPO = resolve(import.meta.dirname, '..', '..');
let webRoot: string;
let server: TestServer;
let browser: Browser;
let lobbySocket: LobbySocket;
let shotNo = 0;

function buildApps(): string {
  const root = mkdtempSync(join(tmpdir(), 'lobby-e2e-web-'));
  for (const app of ['kiosk', 'display-board', 'counter-client']) {
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', join(root, app, 'dist'), '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: join(REPO, app),
        // vitest sets NODE_ENV=test, which would make vite bundle React's development build.
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: 'inherit',
      },
    );
  }
  return root;
}

async function step(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400); // let antd transitions settle so the picture shows the state
  await screenshot(page, `day-${String(++shotNo).padStart(2, '0')}-${name}`);
}

async function staffTickets(): Promise<TicketStaffView[]> {
  const ack = await server.command(lobbySocket, 'snapshot:get', {});
  if (!ack.ok) throw new Error(`snapshot: ${ack.code}`);
  return (ack.data as StaffSnapshot).tickets;
}

async function ticket(number: string): Promise<TicketStaffView> {
  const t = (await staffTickets()).find((x) => x.number === number);
  if (!t) throw new Error(`no ticket ${number}`);
  return t;
}

async function signIn(path: string, username: string, password: string): Promise<Page> {
  const { page } = await newPage(browser);
  await page.goto(`${server.webUrl}${path}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  return page;
}

const connected = (page: Page) =>
  page.locator('[data-testid="connection-indicator"][data-state="connected"]').waitFor({ timeout: 15_000 });
const dialog = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal');
const shownNumber = async (page: Page) => (await page.getByTestId('current-number').textContent())?.trim() ?? '';

async function tellerAt(username: string, counterId: string): Promise<Page> {
  const page = await signIn('/counter', username, 'teller123');
  await page.getByTestId(`sign-on-${counterId}`).click();
  await page.getByTestId('counter-desk').waitFor();
  await connected(page);
  return page;
}

async function finishHere(page: Page): Promise<void> {
  await page.keyboard.press('F4');
  await dialog(page).waitFor();
  await dialog(page).getByRole('button', { name: '确认办结' }).click();
  await dialog(page).waitFor({ state: 'hidden' });
}

describeBrowser('a branch day, end to end', () => {
  beforeAll(async () => {
    webRoot = buildApps();
    // The day runs in minutes, not hours: 过号 may follow the call at once (noShowMinSec is tested in counter-keyboard).
    server = await startTestServer({ webRoot, config: (c) => ({ ...c, policy: { ...c.policy, noShowMinSec: 0 } }) });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    lobbySocket = await server.connect(await server.login('lobby'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  it('kiosk → display → two counters → lobby → evaluator → report', { timeout: 240_000 }, async () => {
    // Opening: the hall display, the kiosk (with the Electron print bridge emulated), the evaluator at counter 2.
    const { page: display } = await newPage(browser, { width: 1920, height: 1080 });
    await display.goto(`${server.webUrl}/display/?device=${encodeURIComponent(server.deviceToken('display'))}`);
    await display.getByTestId('board').waitFor();
    await step(display, 'display-opening');

    const { page: kiosk } = await newPage(browser, { width: 1920, height: 1080 });
    await kiosk.addInitScript(() => {
      (window as unknown as { kioskBridge: unknown }).kioskBridge = {
        print: async () => ({ ok: true }),
        deviceInfo: async () => ({ deviceId: 'e2e-kiosk', printerName: 'Test-80mm', version: '0.0.0' }),
      };
    });
    await kiosk.goto(`${server.webUrl}/kiosk/?device=${encodeURIComponent(server.deviceToken('kiosk'))}`);
    await kiosk.getByTestId('zone-soft').waitFor();
    await step(kiosk, 'kiosk-welcome');

    // Tickets in every lane, taken on the kiosk screen.
    const take = async (walk: () => Promise<void>, label: string) => {
      await walk();
      const number = await confirmTicket(kiosk);
      await step(kiosk, `kiosk-ticket-${label}`);
      await kiosk.getByTestId('ticket-done').click();
      await kiosk.getByTestId('zone-soft').waitFor();
      return number;
    };
    const a1 = await take(() => walkSoftLane(kiosk, 'lane-personal', 'open-account', null), 'A');
    const a2 = await take(() => walkSoftLane(kiosk, 'lane-personal', 'cash', 'elderly'), 'A-elderly');
    const a3 = await take(() => walkSoftLane(kiosk, 'lane-personal', 'remittance', null), 'A');
    const b1 = await take(() => walkSoftLane(kiosk, 'lane-business', 'corp-cash', null), 'B');
    const k1 = await take(async () => {
      await kiosk.getByTestId('zone-hard').click();
      await kiosk.getByTestId('lane-fast').click();
      await chooseBusinessAndPriority(kiosk, 'passbook', null);
    }, 'K');
    const v1 = await take(async () => {
      await kiosk.getByTestId('zone-soft').click();
      await kiosk.getByTestId('lane-vip').click();
      for (const digit of '6222020000000002') await kiosk.locator(`[data-key="${digit}"]`).click();
      await kiosk.getByTestId('vip-submit').click();
      await kiosk.getByTestId('vip-continue').click();
      await chooseBusinessAndPriority(kiosk, 'vip-service', null);
    }, 'V');
    expect([a1, a2, a3, b1, k1, v1].map((n) => n[0])).toEqual(['A', 'A', 'A', 'B', 'K', 'V']);
    await expect.poll(() => display.getByTestId('lane-A-waiting').textContent()).toContain('3');
    await step(display, 'display-queues');

    // Two tellers sign on: counter 2 (personal, then VIP) and counter 6 (business, then personal).
    const c2 = await tellerAt('teller1', 'c2');
    const c6 = await tellerAt('teller6', 'c6');
    const { page: evaluator } = await newPage(browser, { width: 1024, height: 768 });
    await evaluator.goto(
      `${server.webUrl}/counter/rate?device=${encodeURIComponent(server.deviceToken('evaluator', 'c2'))}`,
    );
    await evaluator.getByTestId('evaluator-idle').waitFor();

    // Who is called is the policy's business (aging, head starts, VIP weight): the script follows
    // whatever each "call next" returns and checks every surface agrees on it.
    const callNext = async (page: Page) => {
      await page.getByTestId('action-callNext').click();
      await page.getByTestId('current-number').waitFor();
      const number = await shownNumber(page);
      expect((await ticket(number)).status).toBe('called');
      return number;
    };

    // Counter 2 calls; the hall display shows the call; the customer is served and rates counter 2.
    const n1 = await callNext(c2);
    await expect.poll(() => display.getByTestId('now-number').textContent()).toContain(n1);
    await step(c2, 'counter2-called');
    await step(display, 'display-calls');
    await c2.getByTestId('action-start').click();
    await expect.poll(() => evaluator.getByTestId('evaluator-number').textContent()).toBe(n1);
    await finishHere(c2);
    await evaluator.getByTestId('rating-panel').waitFor();
    await evaluator.getByTestId('score-attitude-5').click();
    await evaluator.getByTestId('score-efficiency-4').click();
    await step(evaluator, 'evaluator-rating');
    await evaluator.getByTestId('rating-submit').click();
    await evaluator.getByTestId('evaluator-thanks').waitFor();
    await step(evaluator, 'evaluator-thanks');
    expect((await ticket(n1)).status).toBe('done');

    // Counter 6 calls and transfers the customer to the other soft lane, first in line; same number (一票到底).
    const n2 = await callNext(c6);
    await c6.getByTestId('action-start').click();
    const toLane = (await ticket(n2)).laneId === 'B' ? { id: 'A', name: '个人业务' } : { id: 'B', name: '对公业务' };
    await c6.getByTestId('action-transfer').click();
    const transfer = dialog(c6);
    await transfer.locator('.ant-select').click();
    await c6.locator('.ant-select-item-option', { hasText: toLane.name }).click();
    await transfer.getByLabel('排在最前').check();
    await transfer.locator('textarea').fill('另需办理其他业务');
    await step(c6, 'counter6-transfer');
    await transfer.locator('.ant-btn-primary').click();
    await c6.getByTestId('current-ticket-empty').waitFor();
    expect(await ticket(n2)).toMatchObject({ laneId: toLane.id, status: 'waiting', number: n2 });

    // Counter 2 calls the next customer and suspends them: documents missing (材料不全).
    const n3 = await callNext(c2);
    await c2.getByTestId('action-start').click();
    await c2.keyboard.press('F6');
    await dialog(c2).getByTestId('suspend-note').fill('材料不全：缺少预留印鉴');
    await dialog(c2).getByRole('button', { name: '确认挂起' }).click();
    await c2.getByTestId('current-ticket-empty').waitFor();
    await step(c2, 'counter2-suspended');
    expect((await ticket(n3)).status).toBe('suspended');

    // Counter 6 calls a customer who does not come: recall, then no-show.
    const n4 = await callNext(c6);
    await c6.getByTestId('action-recall').click();
    await c6.getByTestId('action-noShow').click();
    await dialog(c6)
      .getByRole('button', { name: /确认过号/ })
      .click();
    await c6.getByTestId('current-ticket-empty').waitFor();
    expect((await ticket(n4)).status).toBe('no_show');

    // The lobby manager resumes the suspended customer to the front; a counter serving that lane takes them next.
    const lobby = await signIn('/lobby', 'lobby', 'lobby123');
    await lobby.getByTestId('lobby-console').waitFor();
    await connected(lobby);
    await lobby.getByTestId(`suspended-${n3}`).waitFor();
    await step(lobby, 'lobby-suspended');
    await lobby.getByTestId(`resume-front-${n3}`).click();
    await lobby.locator('.ant-modal-wrap:visible [data-testid="reason-input"]').fill('客户已补齐印鉴');
    await lobby.locator('.ant-modal-wrap:visible .ant-btn-primary').click();
    await lobby.getByTestId(`suspended-${n3}`).waitFor({ state: 'detached' });
    const resumedAt = (await ticket(n3)).laneId === 'B' ? c6 : c2;
    expect(await callNext(resumedAt)).toBe(n3);
    await resumedAt.getByTestId('action-start').click();
    await finishHere(resumedAt);

    // A VIP room visit: the lobby starts it and pages teller 6, who accepts on the counter screen.
    await lobby.getByTestId('vip-start-room1').click();
    await lobby.getByTestId('vip-start-note').fill('白金卡客户 理财咨询');
    await lobby.locator('.ant-modal-wrap:visible .ant-btn-primary').click();
    await lobby.getByTestId('vip-page-room1').click();
    await lobby.getByTestId('vip-page-staff').click();
    await lobby.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '柜员6' }).first().click();
    await lobby.locator('.ant-modal-wrap:visible .ant-btn-primary').click();
    const prompt = dialog(c6);
    await prompt.getByText('贵宾室一').waitFor();
    await step(c6, 'counter6-vip-page');
    await prompt.getByRole('button', { name: /接\s*受/ }).click();
    await expect.poll(() => lobby.getByTestId('vip-served-room1').textContent()).toContain('柜员6');
    await step(lobby, 'lobby-vip-room');
    await lobby.getByTestId('vip-finish-room1').click();
    await lobby.locator('.ant-modal-confirm .ant-btn-primary').click();
    await lobby.getByTestId('vip-start-room1').waitFor();

    // Counter 2 serves one more; the display's recent calls show the morning.
    const n5 = await callNext(c2);
    await c2.getByTestId('action-start').click();
    await finishHere(c2);
    await step(display, 'display-after-morning');
    expect(new Set([n1, n3, n5]).size).toBe(3);
    expect([n1, n3, n5, n4]).not.toContain(k1); // no open counter serves the fast lane today

    // The day's report has exactly the morning's numbers.
    const admin = await server.login('admin');
    const res = await fetch(`${server.url}/api/reports/today`, { headers: { authorization: `Bearer ${admin}` } });
    const { report } = ((await res.json()) as { data: { report: BranchReport } }).data;
    expect(report.total).toMatchObject({
      issued: 6,
      served: 3,
      noShow: 1,
      cancelled: 0,
      ratings: 1,
      suspends: 1,
      transfers: 1,
    });
    expect(report.total.meanAttitude).toBe(5);
    expect(report.total.meanEfficiency).toBe(4);
    const open = (await staffTickets()).filter((t) => t.status === 'waiting').map((t) => t.number);
    expect(open).toContain(k1);
    expect(open).toHaveLength(6 - 3 - 1);

    const reports = await signIn('/admin#reports', 'admin', 'admin123');
    await reports.getByText('报表').first().waitFor();
    await reports.waitForTimeout(1500);
    await step(reports, 'admin-report');
  });
});
