import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * A teller working by keyboard (issue 19 items 1–2): the finish dialog confirms on Enter and
 * cancels on Esc; no function key ever reaches the browser (no reload on F5, no help on F1),
 * on any counter screen; 过号 asks first and is refused before the minimum time since the call.
 */
let server: TestServer;
let browser: Browser;
let kiosk: LobbySocket;
let lobby: LobbySocket;
const pages: Page[] = [];
const NO_SHOW_MIN_SEC = 8;
const F_KEYS = Array.from({ length: 12 }, (_, i) => `F${i + 1}`);

/** A walk-in ticket's number (the kiosk's command; see TestServer.issue). */
const issue = async (laneId: string, businessTypeId: string, priorityGroupId: string | null = null) =>
  (await server.issue(kiosk, laneId, businessTypeId, { priorityGroupId })).ticket.number;

const ticket = (number: string) => server.staffTicket(lobby, number);

async function signIn(username: string): Promise<Page> {
  const { page } = await newPage(browser, { width: 1366, height: 768 });
  pages.push(page);
  await page.goto(`${server.webUrl}/counter`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('teller123');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  return page;
}

/**
 * Records, for every function key pressed from now on, whether the page kept it from the
 * browser (defaultPrevented: Chromium then runs no accelerator — no reload, no help), and
 * marks the document so a reload would show.
 */
async function watchKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __fkeys: [string, boolean][]; __loadMark: number };
    w.__loadMark = 1;
    w.__fkeys = [];
    // Bubble phase on window, registered last: it sees what every handler of the page did.
    window.addEventListener('keydown', (e) => {
      if (/^F\d+$/.test(e.key)) w.__fkeys.push([e.key, e.defaultPrevented]);
    });
  });
}

async function pressAllFKeys(page: Page, skip: string[] = []): Promise<[string, boolean][]> {
  await page.evaluate(() => ((window as unknown as { __fkeys: unknown[] }).__fkeys = []));
  for (const key of F_KEYS) if (!skip.includes(key)) await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { __fkeys: [string, boolean][] }).__fkeys);
}

const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { __loadMark?: number }).__loadMark);
const shownNumber = async (page: Page) => (await page.getByTestId('current-number').textContent())?.trim() ?? '';
/** The dialog's opening animation is over (for a screenshot of what a person sees). */
const settled = (modal: Locator) => expect.poll(() => modal.getAttribute('class')).not.toMatch(/zoom|fade/);
const dialog = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal');

describeBrowser('teller by keyboard', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    // A short minimum, waited for in real time: the page counts on its own copy of the server clock.
    server = await startTestServer({
      config: (c) => ({ ...c, policy: { ...c.policy, noShowMinSec: NO_SHOW_MIN_SEC } }),
    });
    kiosk = await server.connect(server.deviceToken('kiosk'));
    lobby = await server.connect(await server.login('lobby'));
  });
  afterEach(async () => {
    for (const p of pages.splice(0)) await p.context().close();
    await server.close();
  });

  it('F4 opens the finish dialog with its primary button focused: Enter finishes, Esc cancels', async () => {
    const a1 = await issue('A', 'cash');
    const a2 = await issue('A', 'cash');
    const page = await signIn('teller1');
    await page.getByTestId('sign-on-c2').click();
    await page.getByTestId('counter-desk').waitFor();

    await page.keyboard.press('F1');
    await expect.poll(() => shownNumber(page)).toBe(a1);
    await page.keyboard.press('F3');
    await expect.poll(() => page.getByTestId('counter-state').getAttribute('data-state')).toBe('serving');
    for (const [key, expected] of [
      ['Escape', 'serving'],
      ['Enter', 'done'],
    ] as const) {
      await page.keyboard.press('F4');
      const modal = dialog(page);
      await modal.getByRole('button', { name: '确认办结' }).waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent?.replace(/\s/g, '') ?? ''))
        .toBe('确认办结');
      if (key === 'Enter') {
        await settled(modal);
        await screenshot(page, 'counter-finish-focus');
      }
      await page.keyboard.press(key);
      await modal.waitFor({ state: 'hidden' });
      await expect.poll(async () => (await ticket(a1)).status).toBe(expected);
    }
    expect((await ticket(a1)).outcome).toBe('served');
    expect((await ticket(a2)).status).toBe('waiting');
  });
  it('no function key reaches the browser on any counter screen; F5 asks before 过号 and waits for the minimum time', async () => {
    const a1 = await issue('A', 'cash', 'disabled');
    const page = await signIn('teller1');
    await page.getByTestId('sign-on-c2').waitFor();
    await watchKeys(page);
    // The counter picker: no counter yet, still no key may reach the browser.
    expect(await pressAllFKeys(page)).toEqual(F_KEYS.map((k) => [k, true]));

    await page.getByTestId('sign-on-c2').click();
    await page.getByTestId('counter-desk').waitFor();
    await page.keyboard.press('F1');
    await expect.poll(() => shownNumber(page)).toBe(a1);
    // At the desk with a called ticket (F1/F5/F6/F7/F9 would act: press the harmless rest).
    expect(await pressAllFKeys(page, ['F1', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9'])).toEqual(
      ['F2', 'F10', 'F11', 'F12'].map((k) => [k, true]),
    );

    // F5 right after the call: a confirmation, not an immediate 过号.
    await page.keyboard.press('F5');
    const confirm = page.locator('.no-show-confirm .ant-modal');
    await confirm.waitFor();
    expect((await ticket(a1)).status).toBe('called');
    // With a dialog open every function key is still kept from the browser.
    expect(await pressAllFKeys(page)).toEqual(F_KEYS.map((k) => [k, true]));
    // Too early: the confirm button says how long is left and cannot be pressed.
    const confirmButton = confirm.getByRole('button', { name: /确认过号/ });
    expect(await confirm.textContent()).toMatch(/叫号后需等待 \d+ 秒/);
    expect(await confirmButton.isDisabled()).toBe(true);
    await settled(confirm);
    await screenshot(page, 'counter-no-show-too-early');
    // The server refuses it too, with its own code (a second client or a stale screen).
    const early = await server.command(await server.connect(await server.login('teller1')), 'ticket:markNoShow', {
      counterId: 'c2',
    });
    expect(early).toMatchObject({ ok: false, code: 'NO_SHOW_TOO_EARLY' });
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect((await ticket(a1)).status).toBe('called');

    // Past the minimum time since the call: F5, then Enter confirms.
    await page.keyboard.press('F5');
    await confirm.waitFor();
    await expect.poll(() => confirmButton.isDisabled(), { timeout: 30_000 }).toBe(false);
    await settled(confirm);
    await screenshot(page, 'counter-no-show-confirm');
    await page.keyboard.press('Enter');
    await page.getByTestId('current-ticket-empty').waitFor();
    expect((await ticket(a1)).status).toBe('no_show');
    expect(await notReloaded(page)).toBe(1);
  });
});
