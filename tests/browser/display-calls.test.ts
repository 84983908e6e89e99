import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { FloorDriver, launchBrowser, openDisplay } from './display-harness.ts';

/**
 * What the hall display says about calls and counters (issue 19, items 5–6), at 1920×1080
 * against the real server: a call leaves the board when its ticket leaves that counter, and
 * a closed, a paused and a serving counter each read their own way, in both languages.
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

const boardText = () => page.getByTestId('board').textContent();

describeBrowser('hall display: calls and counter states', () => {
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

  it('a transferred ticket’s call leaves the board; the paused counter says so, with no call beside it', async () => {
    const a1 = await floor.issue('A', 'open-account');
    const a2 = await floor.issue('A', 'cash');
    expect(await floor.callNext('c2')).toBe(a1);
    expect(await floor.callNext('c3')).toBe(a2);
    await expect.poll(() => page.getByTestId('now-number').textContent()).toBe(a2);
    await expect.poll(() => page.getByTestId('recent-personal').textContent()).toContain(a1);

    // A001 moves to 对公 and window 2 pauses.
    const c2 = await floor.teller('c2');
    const snap = await server.command(lobby, 'snapshot:get', {});
    if (!snap.ok || snap.data.audience !== 'staff') throw new Error('staff snapshot expected');
    const id = snap.data.tickets.find((t) => t.number === a1)!.id;
    await ok(
      server.command(c2, 'ticket:transfer', {
        ticketId: id,
        to: { kind: 'lane', laneId: 'B', position: 'first' },
        note: '',
      }),
    );
    await ok(server.command(c2, 'counter:pause', { counterId: 'c2', reason: 'break', note: '' }));
    await expect.poll(() => page.getByTestId('counter-2').getAttribute('class')).toContain('counter-paused');
    await expect.poll(boardText).not.toContain(a1);
    expect(await page.getByTestId('now-number').textContent()).toBe(a2);
    await screenshot(page, 'display-after-transfer');

    // A fresh screen (snapshot) agrees.
    const { page: fresh, context } = await openDisplay(browser, server);
    await fresh.getByTestId('now-number').waitFor();
    expect(await fresh.getByTestId('board').textContent()).not.toContain(a1);
    expect(await fresh.getByTestId('now-number').textContent()).toBe(a2);
    await context.close();
  });

  it('three counter states, three words, the same in both languages: 未开放 / 暂停服务 / the number', async () => {
    // Left by the test before: 2 paused, 3 calling A002, the others never opened.
    await expect.poll(() => page.getByTestId('counter-2').textContent()).toBe('2 号窗口暂停服务');
    expect(await page.getByTestId('counter-1').textContent()).toBe('1 号窗口未开放');
    expect(await page.getByTestId('counter-3').textContent()).toMatch(/^3 号窗口A\d{3}$/);
    await screenshot(page, 'display-counter-states');
    const { page: en, context } = await openDisplay(browser, server, { lang: 'en' });
    await expect.poll(() => en.getByTestId('counter-2').textContent()).toBe('Counter 2Paused');
    expect(await en.getByTestId('counter-1').textContent()).toBe('Counter 1Not open');
    expect(await en.getByTestId('counter-3').textContent()).toMatch(/^Counter 3A\d{3}$/);
    await screenshot(en, 'display-counter-states-en');
    await context.close();
  });
});
