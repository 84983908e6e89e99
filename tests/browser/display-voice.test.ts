import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { screenshot } from '../support/browser.ts';
import { CONFIG_ROUTES, callRoute } from '@lobby/shared';
import { startTestServer, type TestServer } from '../support/server.ts';
import { announcements, FloorDriver, launchBrowser, openDisplay, waitForAnnouncements } from './display-harness.ts';

/**
 * The hall display in headless Chromium against the real server: tellers call through
 * their sockets, the board shows it and the voice queue says it. Headless Chromium has no
 * speech voices, so this exercises the offline clip voice.
 */
let server: TestServer;
let browser: Browser;
let page: Page;
let floor: FloorDriver;
let failedRequests: string[];

describeBrowser('hall display: calls and voice', () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    floor = new FloorDriver(server);
    ({ page, failedRequests } = await openDisplay(browser, server));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a call made by a teller and announces it in Mandarin, digit by digit', async () => {
    const number = await floor.issue('A', 'cash');
    expect(number).toBe('A001');
    await floor.callNext('c3');
    await expect.poll(() => page.getByTestId('now-number').textContent()).toBe('A001');
    expect(await page.getByTestId('now-counter').textContent()).toBe('3');
    expect(await page.getByTestId('counter-3').textContent()).toContain('A001');

    const [first] = await waitForAnnouncements(page, 1);
    expect(first).toMatchObject({
      kind: 'call',
      text: '请 A 零 零 一 号 到 3 号窗口',
      outcome: 'spoken',
      engine: 'clips',
    });
    // The announcement is ≈ 4–5 s (chime + the words once, voice.repeat = 1), so a second call
    // does not wait long. audioMs is the length of the audio played, from the clips themselves;
    // the wall clock (endedAt − at) only bounds it from below, since a loaded machine stretches it.
    console.log(
      `[voice] call announcement: ${first!.audioMs} ms of audio, ${first!.endedAt! - first!.at} ms wall clock`,
    );
    expect(first!.audioMs).toBeGreaterThanOrEqual(3500);
    expect(first!.audioMs).toBeLessThanOrEqual(5000);
    expect(first!.endedAt! - first!.at).toBeGreaterThanOrEqual(first!.audioMs!);
    // Every clip and asset loaded (a missing clip would silently shorten the call).
    expect(failedRequests).toEqual([]);
    await screenshot(page, 'display-first-call');
  });

  it('announces a recall again and marks it on screen', async () => {
    await floor.recall('c3');
    await expect.poll(() => page.locator('.recall-tag').textContent()).toContain('重呼');
    const log = await waitForAnnouncements(page, 2);
    expect(log.map((a) => [a.kind, a.text])).toEqual([
      ['call', '请 A 零 零 一 号 到 3 号窗口'],
      ['recall', '请 A 零 零 一 号 到 3 号窗口'],
    ]);
  });

  it('says two quick calls one after the other, never overlapping', async () => {
    await floor.finish('c3', 'cash');
    await floor.issue('A', 'cash');
    await floor.issue('B', 'corp-cash');
    const [a, b] = [await floor.callNext('c3'), await floor.callNext('c6')];
    expect([a, b]).toEqual(['A002', 'B001']);

    const log = (await waitForAnnouncements(page, 4)).slice(2);
    expect(log.map((x) => x.text)).toEqual(['请 A 零 零 二 号 到 3 号窗口', '请 B 零 零 一 号 到 6 号窗口']);
    expect(log[1]!.at).toBeGreaterThanOrEqual(log[0]!.endedAt!);
    expect(log.every((x) => x.outcome === 'spoken')).toBe(true);
    // B001 is the latest call; A001 was finished, so its call has left the board (a call
    // stays up only while its ticket is at that counter), leaving A002 among the recent ones.
    await expect
      .poll(() => page.getByTestId('recent-call').allTextContents())
      .toEqual([expect.stringContaining('A002')]);
  });

  it('shows and speaks a hall message', async () => {
    const lobby = await server.connect(await server.login('lobby'));
    const ack = await server.command(lobby, 'hall:broadcast', { text: '请带好随身物品', speak: true });
    expect(ack.ok).toBe(true);
    await expect.poll(() => page.getByTestId('hall-message').textContent()).toContain('请带好随身物品');
    const log = await waitForAnnouncements(page, 5);
    expect(log[4]).toMatchObject({
      kind: 'message',
      text: '请带好随身物品',
      outcome: 'spoken',
      engine: 'generic-clips',
    });
  });

  it('a screen paired to some lanes shows and announces only those', async () => {
    const { page: businessBoard, context } = await openDisplay(browser, server, { lanes: 'B' });
    await floor.finish('c3', 'cash');
    await floor.finish('c6', 'corp-cash');
    await floor.issue('A', 'cash');
    await floor.issue('B', 'bills');
    await floor.callNext('c3');
    await floor.callNext('c6');
    await expect.poll(() => businessBoard.getByTestId('now-number').textContent()).toBe('B002');
    expect(await businessBoard.getByTestId('section-personal').count()).toBe(0);
    const log = await waitForAnnouncements(businessBoard, 1);
    expect(log.map((a) => a.text)).toEqual(['请 B 零 零 二 号 到 6 号窗口']);
    expect((await announcements(businessBoard)).some((a) => a.text.includes('A 零'))).toBe(false);
    await context.close();
  });

  it('says the words as many times as the branch set (voice.repeat)', async () => {
    const token = await server.login('admin');
    const config = await callRoute(CONFIG_ROUTES.get, {}, { token, baseUrl: server.url });
    if (!config.ok) throw new Error(config.code);
    const saved = await callRoute(
      CONFIG_ROUTES.put,
      { body: { config: { ...config.data, voice: { ...config.data.voice, repeat: 2 } }, reason: 'voice test' } },
      { token, baseUrl: server.url },
    );
    expect(saved.ok).toBe(true);
    const { page: board, context } = await openDisplay(browser, server);
    await floor.finish('c3', 'cash');
    await floor.issue('A', 'cash');
    await floor.callNext('c3');
    const [twice] = await waitForAnnouncements(board, 1);
    console.log(`[voice] call said twice (voice.repeat = 2): ${twice!.audioMs} ms of audio`);
    // The words twice with a pause between: longer than the single call by the words and the pause.
    const once = (await announcements(page))[0]!;
    expect(twice!.audioMs!).toBeGreaterThan(once.audioMs! + 2500);
    await context.close();
  });
});
