import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { announcements, FloorDriver, launchBrowser, openDisplay } from './display-harness.ts';

/**
 * The board's states at 1920×1080 against the real server — normal, busy (every counter
 * calling, long queues), emergency, English — saved to test-artifacts/ to be looked at,
 * and the "sound blocked" state of a browser started without the autoplay flag.
 */
let server: TestServer;
let browser: Browser;
let page: Page;
let floor: FloorDriver;
let lobby: LobbySocket;

async function ok<T extends { ok: boolean }>(p: Promise<T>): Promise<T> {
  const ack = await p;
  if (!ack.ok) throw new Error(`command failed: ${JSON.stringify(ack)}`);
  return ack;
}

describeBrowser('hall display: screens', () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    floor = new FloorDriver(server);
    lobby = await server.connect(await server.login('lobby'));
    ({ page } = await openDisplay(browser, server));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('normal: a few calls, short queues', async () => {
    for (let i = 0; i < 4; i++) await floor.issue('A', 'cash');
    await floor.issue('B', 'corp-settlement');
    await floor.issue('V', 'vip-service');
    await floor.callNext('c2');
    await floor.callNext('c6');
    await floor.callNext('c3');
    await expect.poll(() => page.getByTestId('now-number').textContent()).toBe('A002');
    expect(await page.getByTestId('lane-A-waiting').textContent()).toBe('2');
    await screenshot(page, 'display-normal');
  });

  it('busy: every counter calling, long queues, every current call listed', async () => {
    const lanes: [string, string, number][] = [
      ['A', 'remittance', 30],
      ['B', 'bills', 9],
      ['V', 'vip-service', 4],
      ['K', 'large-cash', 6],
    ];
    for (const [lane, type, n] of lanes) for (let i = 0; i < n; i++) await floor.issue(lane, type);
    for (const c of ['c1', 'c4', 'c5', 'c7', 'c8']) await floor.callNext(c);
    // Turn over the first counters so the history fills up.
    for (const [c, type] of [
      ['c2', 'cash'],
      ['c3', 'cash'],
      ['c6', 'corp-settlement'],
      ['c1', 'large-cash'],
    ] as const) {
      await floor.finish(c, type);
      await floor.callNext(c);
    }
    await floor.recall('c4');
    await expect.poll(() => page.locator('.recall-tag').count()).toBe(1);
    for (let n = 1; n <= 8; n++) expect(await page.getByTestId(`counter-${n}`).textContent()).toMatch(/[ABKV]\d{3}/);
    // Eight counters with a customer each: the newest call big, the other seven listed (finished ones have left).
    await expect.poll(() => page.getByTestId('recent-call').count()).toBe(7);
    await screenshot(page, 'display-busy');
  });

  it('emergency: takes over the screen and is spoken, then the board returns', async () => {
    const message = '网点消防设备检修，暂停办理业务，请您有序离开，给您带来不便敬请谅解';
    await ok(server.command(lobby, 'emergency:start', { message }));
    const emergency = page.getByTestId('emergency');
    await emergency.waitFor();
    expect(await emergency.textContent()).toContain(message);
    expect(await page.getByTestId('board').count()).toBe(0);
    await screenshot(page, 'display-emergency');
    // Spoken next, ahead of the calls still waiting to be announced.
    await expect
      .poll(async () => (await announcements(page)).some((a) => a.kind === 'emergency' && a.text === message), {
        timeout: 30_000,
      })
      .toBe(true);
    await ok(server.command(lobby, 'emergency:end', { reason: '检修完成' }));
    await page.getByTestId('board').waitFor();
  });

  it('english: the same board in English', async () => {
    const { page: en, context } = await openDisplay(browser, server, { lang: 'en' });
    await expect.poll(() => en.locator('.now-label').textContent()).toContain('Now calling');
    await screenshot(en, 'display-english');
    await context.close();
  });

  it('says so when the screen is not paired or its token is refused', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const unpaired = await context.newPage();
    await unpaired.goto(`${server.webUrl}/display/`);
    expect(await unpaired.getByTestId('pairing').textContent()).toContain('本屏幕尚未配对');
    await unpaired.goto(`${server.webUrl}/display/?device=not-a-real-token`);
    await expect.poll(() => unpaired.getByTestId('pairing').textContent()).toContain('本屏幕尚未配对');
    // The refused token is not left in the address bar.
    expect(unpaired.url()).not.toContain('not-a-real-token');
    await context.close();
  });

  it('shows "sound blocked — tap to enable" when the browser refuses audio, and a tap clears it', async () => {
    const strict = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--autoplay-policy')).concat(
        '--autoplay-policy=document-user-activation-required',
      ),
      headless: true,
    });
    try {
      const { page: blocked } = await openDisplay(strict, server);
      const button = blocked.getByTestId('sound-blocked');
      await button.waitFor();
      expect(await button.textContent()).toContain('声音已被浏览器阻止 — 点击启用');
      await screenshot(blocked, 'display-sound-blocked');
      await button.click();
      await button.waitFor({ state: 'detached' });
    } finally {
      await strict.close();
    }
  });
});
