import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { HallMessage } from '@lobby/shared';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { dialogSettled, pickOption } from './antd-helpers.ts';
import { openDisplay } from './display-harness.ts';

/**
 * A hall message (大厅广播) leaves the display when it expires: after the branch's
 * hallMessageMin, or the minutes the lobby chose when sending it. The lobby sees what the
 * hall shows and until when. The branch clock is moved on, and each screen reloaded to read
 * it afresh, instead of waiting minutes.
 */
const DEFAULT_MIN = 5;

let server: TestServer;
let browser: Browser;
let lobby: Page;
let display: Page;
let lobbySocket: LobbySocket;

async function lastMessage(): Promise<HallMessage | null> {
  const ack = await server.command(lobbySocket, 'snapshot:get', {});
  if (!ack.ok) throw new Error(`snapshot: ${ack.code}`);
  return ack.data.lastMessage;
}

const branchClock = (at: number) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);

async function send(text: string, minutes: number | null): Promise<HallMessage> {
  await lobby.getByTestId('open-broadcast').click();
  await dialogSettled(lobby);
  await lobby.getByTestId('broadcast-text').fill(text);
  if (minutes !== null) await pickOption(lobby, 'broadcast-duration', `${minutes} 分钟`);
  await lobby.locator('.ant-modal-wrap:visible .ant-btn-primary').click();
  await lobby.locator('.ant-modal-wrap:visible').waitFor({ state: 'hidden' });
  await expect.poll(async () => (await lastMessage())?.text).toBe(text);
  return (await lastMessage())!;
}

async function closeDialog(): Promise<void> {
  await lobby.locator('.ant-modal-wrap:visible .ant-modal-close').click();
  await lobby.locator('.ant-modal-wrap:visible').waitFor({ state: 'hidden' });
}

/** Moves the branch clock on and lets both screens read it afresh. */
async function later(ms: number): Promise<void> {
  server.clock.advance(ms);
  await Promise.all([lobby.reload(), display.reload()]);
  await lobby.getByTestId('lobby-console').waitFor();
  await lobby.locator('[data-testid="connection-indicator"][data-state="connected"]').waitFor({ timeout: 15_000 });
  await display.getByTestId('board').waitFor();
}

describeBrowser('hall message expiry', () => {
  beforeAll(async () => {
    server = await startTestServer({ config: (c) => ({ ...c, hallMessageMin: DEFAULT_MIN }) });
    browser = await launchChromium();
    lobbySocket = await server.connect(await server.login('lobby'));
    ({ page: display } = await openDisplay(browser, server));
    ({ page: lobby } = await newPage(browser, { width: 1440, height: 900 }));
    await lobby.goto(`${server.webUrl}/lobby`);
    await lobby.getByLabel('用户名').fill('lobby');
    await lobby.getByLabel('密码').fill('lobby123');
    await lobby.getByRole('button', { name: /登\s*录/ }).click();
    await lobby.getByTestId('lobby-console').waitFor();
    await lobby.locator('[data-testid="connection-indicator"][data-state="connected"]').waitFor({ timeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("stays up for the branch's default, shown in the lobby with its end, then leaves the display", async () => {
    await lobby.getByTestId('open-broadcast').click();
    await dialogSettled(lobby);
    // The dialog offers the branch's default.
    await expect.poll(() => lobby.getByTestId('broadcast-duration').textContent()).toContain(`${DEFAULT_MIN} 分钟`);
    await screenshot(lobby, 'hall-message-dialog-lobby');
    await closeDialog();

    const text = '请携带好随身物品，注意保管财物';
    const message = await send(text, null);
    expect(message.expiresAt - message.at).toBe(DEFAULT_MIN * 60_000);
    const banner = lobby.getByTestId('hall-message-banner');
    await expect.poll(() => banner.textContent()).toContain(text);
    expect(await banner.textContent()).toContain(`显示至 ${branchClock(message.expiresAt)}`);
    await expect.poll(() => display.getByTestId('hall-message').textContent()).toContain(text);
    await screenshot(lobby, 'hall-message-lobby');
    await screenshot(display, 'hall-message-display');

    // Three minutes on (past the display's old fixed two minutes), it is still up.
    await later(3 * 60_000);
    await expect.poll(() => display.getByTestId('hall-message').textContent()).toContain(text);
    await banner.waitFor();

    // Past its end, it has gone from both screens; the notices are back on the display.
    await later(2 * 60_000 + 1000);
    await display.getByTestId('board').waitFor();
    expect(await display.getByTestId('hall-message').count()).toBe(0);
    expect(await lobby.getByTestId('hall-message-banner').count()).toBe(0);
  });

  it('stays up for the minutes the lobby chose, in English too', async () => {
    const text = '对公窗口 12:00–13:00 午间暂停，个人业务照常办理';
    const message = await send(text, 30);
    expect(message.expiresAt - message.at).toBe(30 * 60_000);
    await later(20 * 60_000);
    await expect.poll(() => display.getByTestId('hall-message').textContent()).toContain(text);
    await lobby.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => lobby.getByTestId('hall-message-banner').textContent())
      .toContain(`The hall display shows: ${text} (until ${branchClock(message.expiresAt)})`);
    await screenshot(lobby, 'hall-message-lobby-en');
    const { page: english, context } = await openDisplay(browser, server, { lang: 'en' });
    await expect.poll(() => english.getByTestId('hall-message').textContent()).toContain(text);
    await screenshot(english, 'hall-message-display-en');
    await context.close();
    await lobby.getByTestId('open-broadcast').click();
    await dialogSettled(lobby);
    await expect.poll(() => lobby.getByTestId('broadcast-duration').textContent()).toContain(`${DEFAULT_MIN} min`);
    await screenshot(lobby, 'hall-message-dialog-lobby-en');
    await closeDialog();
    await lobby.getByRole('button', { name: '中文' }).click();

    await later(10 * 60_000 + 1000);
    expect(await display.getByTestId('hall-message').count()).toBe(0);
    expect(await lobby.getByTestId('hall-message-banner').count()).toBe(0);
  });
});
