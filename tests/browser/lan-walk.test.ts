import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { dialogSettled, pickOption } from './antd-helpers.ts';
import { confirmTicket, LANDSCAPE, walkSoftLane } from './kiosk-harness.ts';

/**
 * A branch day walked the way a branch deploys: every surface opened from another host by
 * its LAN name over plain http (http://branch.lan:<port>), which — unlike 127.0.0.1 — is not
 * a secure context, so APIs such as crypto.randomUUID do not exist there. One customer is
 * served end to end through the screens: kiosk issue, teller sign-on + call + finish,
 * evaluator rating; the lobby manager broadcasts, issues on a customer's behalf and starts
 * emergency mode; the admin saves the configuration. Every screen carries the demo ribbon.
 */
let server: TestServer;
let browser: Browser;
let lobbySocket: LobbySocket;
const pages: Page[] = [];

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { page } = await newPage(browser, viewport);
  pages.push(page);
  page.on('pageerror', (err) => console.error(`[${path} page error]`, err.message));
  await page.goto(`${server.webUrl}${path}`);
  // The point of this file: the page really is an insecure LAN origin.
  expect(await page.evaluate(() => [window.isSecureContext, typeof crypto.randomUUID, location.hostname])).toEqual([
    false,
    'undefined',
    'branch.lan',
  ]);
  // The demo branch says so on every screen (a real branch never: branch-passwords.test.ts).
  await page.locator('[data-demo-ribbon]').waitFor();
  expect(await page.title()).toMatch(/^【演示 DEMO】/);
  return page;
}

async function signIn(path: string, username: string, password: string): Promise<Page> {
  const page = await open(path);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  return page;
}

const connected = (page: Page) =>
  page.locator('[data-testid="connection-indicator"][data-state="connected"]').waitFor({ timeout: 15_000 });

const tickets = () => server.staffTickets(lobbySocket);

const ticket = async (number: string) => (await tickets()).find((t) => t.number === number);

describeBrowser('every surface from a LAN name over plain http', () => {
  let number = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    lobbySocket = await server.connect(await server.login('lobby'));
  });
  afterAll(async () => {
    for (const p of pages.splice(0)) await p.context().close();
    await browser?.close();
    await server?.close();
  });

  it('kiosk: a customer takes a ticket', async () => {
    const kiosk = await open(`/kiosk/?device=${encodeURIComponent(server.deviceToken('kiosk'))}`, LANDSCAPE);
    await walkSoftLane(kiosk, 'lane-personal', 'cash', null);
    number = await confirmTicket(kiosk);
    expect(number).toMatch(/^A\d{3}$/);
    expect((await ticket(number))?.status).toBe('waiting');
    await screenshot(kiosk, 'lan-kiosk-ticket');
  });

  it('teller and evaluator: sign on, call, start, finish; the customer rates the service', async () => {
    const evaluator = await open(`/counter/rate?device=${encodeURIComponent(server.deviceToken('evaluator', 'c2'))}`, {
      width: 1024,
      height: 768,
    });
    await evaluator.getByTestId('evaluator-idle').waitFor();
    await connected(evaluator);

    const teller = await signIn('/counter', 'teller1', 'teller123');
    await teller.getByTestId('sign-on-c2').click();
    await teller.getByTestId('counter-desk').waitFor();
    await connected(teller);
    await teller.getByTestId('action-callNext').click();
    await expect.poll(async () => (await teller.getByTestId('current-number').textContent())?.trim()).toBe(number);
    await teller.getByTestId('action-start').click();
    await expect.poll(() => teller.getByTestId('counter-state').getAttribute('data-state')).toBe('serving');
    await teller.keyboard.press('F4');
    const finish = teller.locator('.ant-modal-wrap:visible .ant-modal');
    await finish.waitFor();
    await finish.getByRole('button', { name: '确认办结' }).click();
    await expect.poll(async () => (await ticket(number))?.status).toBe('done');
    await screenshot(teller, 'lan-teller-finished');

    await evaluator.getByTestId('rating-panel').waitFor();
    await evaluator.getByTestId('score-attitude-5').click();
    await evaluator.getByTestId('score-efficiency-4').click();
    await evaluator.getByTestId('rating-submit').click();
    await evaluator.getByTestId('evaluator-thanks').waitFor();
    const id = (await ticket(number))!.id;
    expect(
      server.app.ctx.store.db.prepare('SELECT attitude, efficiency FROM ratings WHERE ticket_id = ?').get(id),
    ).toEqual({ attitude: 5, efficiency: 4 });
  });

  it('hall display and the customer’s phone page: live, and marked as the demo', async () => {
    const display = await open(`/display/?device=${encodeURIComponent(server.deviceToken('display'))}`, {
      width: 1920,
      height: 1080,
    });
    await display.getByTestId('board').waitFor();
    await screenshot(display, 'lan-display-demo');
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const issued = await server.command(kiosk, 'ticket:issue', {
      laneId: 'A',
      businessTypeId: 'cash',
      priorityGroupId: null,
      vipIdentifier: null,
    });
    if (!issued.ok) throw new Error(issued.code);
    const phone = await open(issued.data.mobilePath, { width: 390, height: 844 });
    await phone.getByTestId('mobile-ticket').waitFor();
    expect(await phone.getByTestId('mobile-number').textContent()).toBe(issued.data.ticket.number);
    await screenshot(phone, 'lan-mobile-demo');
    kiosk.disconnect();
  });

  it('lobby: broadcast to the hall, issue a ticket on a customer’s behalf, start emergency mode', async () => {
    const display = await server.connect(server.deviceToken('display'));
    const heard: string[] = [];
    display.onAny((name: string) => heard.push(name));
    const lobby = await signIn('/lobby', 'lobby', 'lobby123');
    await lobby.getByTestId('lobby-console').waitFor();
    await connected(lobby);

    await lobby.getByTestId('open-broadcast').click();
    await lobby.getByTestId('broadcast-text').fill('请 A 字头客户准备好身份证件');
    await lobby.locator('.ant-modal-wrap:visible .ant-btn-primary').click();
    await expect.poll(() => heard).toContain('hall:broadcasted');

    await lobby.getByTestId('open-issue').click();
    await dialogSettled(lobby);
    await pickOption(lobby, 'issue-lane', '个人业务');
    await pickOption(lobby, 'issue-business', '存取款');
    await lobby.locator('.ant-modal-wrap:visible .ant-btn-primary').click();
    await lobby.getByTestId('issued-qr').waitFor();
    const onBehalf = ((await lobby.getByTestId('issued-number').textContent()) ?? '').trim();
    expect(await ticket(onBehalf)).toMatchObject({ channel: 'lobby', laneId: 'A', businessTypeId: 'cash' });
    await lobby.getByTestId('issued-done').click();

    await lobby.getByTestId('open-emergency').click();
    await lobby.getByTestId('emergency-message').fill('网点临时停电，请有序离开');
    await lobby.locator('.ant-modal-wrap:visible .ant-btn-dangerous').click();
    await lobby.getByTestId('emergency-confirm').click();
    await lobby.getByTestId('emergency-banner').waitFor();
    expect(server.app.ctx.queue.current.emergency.active).toBe(true);
    await screenshot(lobby, 'lan-lobby-emergency');
  });

  it('admin: a configuration change is saved', async () => {
    const admin = await signIn('/admin', 'admin', 'admin123');
    await admin.getByTestId('today-dashboard').waitFor();
    await admin.getByTestId('admin-tab-config').click();
    await admin.getByTestId('config-editor').waitFor();
    const version = server.app.ctx.config().version;
    await admin.locator('[data-testid="config-lanes-0-targetWaitMin"] input').fill('8');
    await admin.getByTestId('config-reason').fill('快速业务目标调整');
    await admin.getByTestId('config-save').click();
    await admin.getByText(`已保存为 v${version + 1}`).waitFor();
    expect(server.app.ctx.config().lanes[0]?.targetWaitMin).toBe(8);
  });
});
