import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { TicketStaffView } from '@lobby/shared';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * A teller working by keyboard (issue 19 item 1): the finish dialog confirms on Enter and
 * cancels on Esc.
 */
let server: TestServer;
let browser: Browser;
let kiosk: LobbySocket;
let lobby: LobbySocket;
const pages: Page[] = [];

async function issue(laneId: string, businessTypeId: string, priorityGroupId: string | null = null): Promise<string> {
  const ack = await server.command(kiosk, 'ticket:issue', {
    laneId,
    businessTypeId,
    priorityGroupId,
    vipIdentifier: null,
  });
  if (!ack.ok) throw new Error(`issue failed: ${ack.code}`);
  return ack.data.ticket.number;
}

async function ticket(number: string): Promise<TicketStaffView> {
  const ack = await server.command(lobby, 'snapshot:get', {});
  if (!ack.ok || ack.data.audience !== 'staff') throw new Error('no staff snapshot');
  const t = ack.data.tickets.find((x) => x.number === number);
  if (!t) throw new Error(`no ticket ${number}`);
  return t;
}

async function signIn(username: string): Promise<Page> {
  const { page } = await newPage(browser, { width: 1366, height: 768 });
  pages.push(page);
  await page.goto(`${server.url}/counter`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('teller123');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  return page;
}

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
    server = await startTestServer();
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
});
