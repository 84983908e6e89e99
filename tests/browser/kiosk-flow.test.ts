import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { DEMO_VIPS } from '../../server/src/seed/demo-seed.ts';
import {
  chooseBusinessAndPriority,
  confirmTicket,
  launchBrowser,
  openKiosk,
  PORTRAIT,
  printCalls,
  screensShown,
  shot,
  staffTickets,
  walkSoftLane,
} from './kiosk-harness.ts';

/** Every lane's flow on the built kiosk against the real server: the number shown is the number queued. */
describeBrowser('kiosk: taking a ticket in every lane', () => {
  let server: TestServer;
  let browser: Browser;
  let lobby: LobbySocket;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    lobby = await server.connect(await server.login('lobby'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('personal (A): soft zone → personal → business type with materials → priority → ticket, printed once, queued', async () => {
    const { context, page } = await openKiosk(browser, server, { screens: true });
    await page.getByTestId('zone-soft').waitFor();
    await shot(page, 'A-0-welcome');
    await walkSoftLane(page, 'lane-personal', 'cash', 'elderly', 'A');
    await expect.poll(() => page.getByTestId('materials').count()).toBe(0);
    const number = await confirmTicket(page, 'A');
    expect(number).toMatch(/^A\d{3}$/);
    await expect.poll(() => page.getByTestId('ticket-ahead').textContent()).toMatch(/^(前方等待 \d+ 人|前方无人等待)$/);
    expect(await page.getByTestId('ticket-estimate').textContent()).toMatch(/约 \d+(–\d+)? 分钟|暂无法估算|即将叫号/);
    // Chinese text takes the full-width colon after a label, on screen and on paper (19.14).
    for (const label of ['预计等候', '取号时间']) {
      expect(await page.locator('.ticket__card').textContent()).toContain(`${label}：`);
      expect(await page.getByTestId('print-ticket').textContent()).toContain(`${label}：`);
    }
    expect(await page.getByTestId('ticket-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await printCalls(page)).toBe(1);
    // A real choice on every screen: nothing skipped here (19.12).
    expect(await screensShown(page)).toEqual([
      'welcome',
      'customerType',
      'businessType',
      'materials',
      'priority',
      'confirm',
      'ticket',
    ]);
    const queued = (await staffTickets(server, lobby)).find((t) => t.number === number);
    expect(queued).toMatchObject({
      laneId: 'A',
      businessTypeId: 'cash',
      status: 'waiting',
      priorityGroupId: 'elderly',
      channel: 'kiosk',
    });
    await page.getByTestId('ticket-done').click();
    await page.getByTestId('zone-soft').waitFor();
    await context.close();
  });

  it('business (B) on a portrait screen, in English', async () => {
    const { context, page } = await openKiosk(browser, server, { viewport: PORTRAIT });
    await page.getByTestId('zone-soft').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await shot(page, 'B-0-welcome-portrait-en');
    await walkSoftLane(page, 'lane-business', 'corp-account', null, 'B-portrait');
    const number = await confirmTicket(page, 'B-portrait');
    expect(number).toMatch(/^B\d{3}$/);
    expect(await page.getByTestId('ticket-ahead').textContent()).toMatch(/ahead of you/);
    expect(await page.locator('.ticket__card').textContent()).toContain('Estimated wait: ');
    const queued = (await staffTickets(server, lobby)).find((t) => t.number === number);
    expect(queued).toMatchObject({
      laneId: 'B',
      businessTypeId: 'corp-account',
      status: 'waiting',
      priorityGroupId: null,
    });
    await context.close();
  });

  it('fast lane (K) through the hard zone, which first lists the self-service spots; the ticket screen times out to welcome', async () => {
    const { context, page } = await openKiosk(browser, server);
    await page.getByTestId('zone-hard').click();
    await expect.poll(() => page.locator('.spot').count()).toBe(3);
    expect(await page.locator('.spots').textContent()).toContain('进门左侧硬区');
    await shot(page, 'K-1-hard-zone');
    await page.getByTestId('lane-fast').click();
    await chooseBusinessAndPriority(page, 'large-cash', null, 'K');
    const number = await confirmTicket(page, 'K');
    expect(number).toMatch(/^K\d{3}$/);
    const queued = (await staffTickets(server, lobby)).find((t) => t.number === number);
    expect(queued).toMatchObject({ laneId: 'K', businessTypeId: 'large-cash', status: 'waiting' });
    // Nobody touches the ticket screen: it gives the kiosk back to the next customer by itself.
    await page.getByTestId('zone-soft').waitFor({ timeout: 25_000 });
    expect(await page.getByTestId('ticket-number').count()).toBe(0);
    await context.close();
  });

  it('VIP (V) by card number in six screens: tier shown by name only, the number never on screen, queued with its tier', async () => {
    const card = DEMO_VIPS.find((v) => v.label === 'card' && v.tierId === 'gold')!.identifier;
    const { context, page } = await openKiosk(browser, server, { viewport: PORTRAIT, screens: true });
    await page.getByTestId('zone-soft').click();
    await page.getByTestId('lane-vip').click();
    for (const digit of card) await page.locator(`[data-key="${digit}"]`).click();
    expect(await page.getByTestId('vip-mask').textContent()).toBe('●'.repeat(card.length));
    await shot(page, 'V-1-keypad');
    expect(await page.content()).not.toContain(card);
    await page.getByTestId('vip-submit').click();
    await page.getByTestId('vip-recognised').waitFor();
    expect(await page.getByTestId('vip-recognised').textContent()).toContain('金卡');
    await shot(page, 'V-2-recognised');
    await page.getByTestId('vip-continue').click();
    // 19.12: the lane's one business type is taken, and its one material is the card just entered.
    await page.getByTestId('priority-skip').waitFor();
    expect(await page.getByTestId('materials').count()).toBe(0);
    await chooseBusinessAndPriority(page, 'vip-service', null, 'V');
    const number = await confirmTicket(page, 'V');
    // Was eight: welcome, customer type, VIP, business type, materials, priority, confirm, ticket.
    expect(await screensShown(page)).toEqual(['welcome', 'customerType', 'vip', 'priority', 'confirm', 'ticket']);
    expect(number).toMatch(/^V\d{3}$/);
    expect(await page.content()).not.toContain(card);
    const queued = (await staffTickets(server, lobby)).find((t) => t.number === number);
    expect(queued).toMatchObject({ laneId: 'V', businessTypeId: 'vip-service', vipTierId: 'gold', status: 'waiting' });
    await context.close();
  });

  it('VIP in English on a portrait screen: straight from the card to the priority question', async () => {
    const card = DEMO_VIPS.find((v) => v.label === 'card' && v.tierId === 'gold')!.identifier;
    const { context, page } = await openKiosk(browser, server, { viewport: PORTRAIT });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('zone-soft').click();
    await page.getByTestId('lane-vip').click();
    for (const digit of card) await page.locator(`[data-key="${digit}"]`).click();
    await page.getByTestId('vip-submit').click();
    await page.getByTestId('vip-continue').click();
    await page.getByTestId('priority-skip').waitFor();
    await shot(page, 'V-3-priority-en');
    await page.getByTestId('priority-skip').click();
    await page.getByTestId('confirm-summary').waitFor();
    expect(await page.getByTestId('confirm-summary').textContent()).toContain('VIP services');
    await shot(page, 'V-4-confirm-en');
    await context.close();
  });

  it('an unknown VIP number offers the personal lane instead', async () => {
    const { context, page } = await openKiosk(browser, server);
    await page.getByTestId('zone-soft').click();
    await page.getByTestId('lane-vip').click();
    for (const digit of '13912345678') await page.locator(`[data-key="${digit}"]`).click();
    await page.getByTestId('vip-submit').click();
    await page.getByTestId('vip-unknown').waitFor();
    await shot(page, 'V-unknown');
    await page.getByTestId('vip-use-personal').click();
    await chooseBusinessAndPriority(page, 'remittance', null);
    const number = await confirmTicket(page);
    expect(number).toMatch(/^A\d{3}$/);
    await context.close();
  });

  it('back and cancel on every step', async () => {
    const { context, page } = await openKiosk(browser, server);
    await page.getByTestId('zone-soft').click();
    await page.getByTestId('lane-personal').click();
    await page.getByTestId('business-cash').click();
    await page.getByRole('button', { name: /返回/ }).click();
    await page.getByTestId('business-cash').waitFor();
    await page.getByRole('button', { name: /返回/ }).click();
    await page.getByTestId('lane-personal').waitFor();
    await page.getByRole('button', { name: /取消/ }).click();
    await page.getByTestId('zone-soft').waitFor();
    await context.close();
  });
});
