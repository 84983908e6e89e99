import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * The teller's desk at 1366×768 (issue 19): why a customer leaves — the missing materials
 * ticked from the ticket's own list, carried to the lobby's suspended list — and why a service
 * ended partly or not at all.
 */
let server: TestServer;
let browser: Browser;
let kiosk: LobbySocket;
let lobby: LobbySocket;
let desk: Page;

/** A walk-in ticket's number (the kiosk's command; see TestServer.issue). */
const issue = async (laneId: string, businessTypeId: string, priorityGroupId: string | null = null) =>
  (await server.issue(kiosk, laneId, businessTypeId, { priorityGroupId })).ticket.number;

const ticket = (number: string) => server.staffTicket(lobby, number);

async function signIn(username: string, password: string, path: string, viewport: { width: number; height: number }) {
  const { page } = await newPage(browser, viewport);
  await page.goto(`${server.webUrl}${path}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  return page;
}

const shownNumber = async (page: Page) => (await page.getByTestId('current-number').textContent())?.trim() ?? '';
const dialog = (page: Page, name: string) => page.locator(`.${name} .ant-modal`);
const settled = (modal: Locator) => expect.poll(() => modal.getAttribute('class')).not.toMatch(/zoom|fade/);

/** Calls the next customer at the desk and starts serving them. */
async function callAndStart(expected: string): Promise<void> {
  await desk.getByTestId('action-callNext').click();
  await expect.poll(() => shownNumber(desk)).toBe(expected);
  await desk.getByTestId('action-start').click();
  await expect.poll(() => desk.getByTestId('counter-state').getAttribute('data-state')).toBe('serving');
}

describeBrowser('teller desk', () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    kiosk = await server.connect(server.deviceToken('kiosk'));
    lobby = await server.connect(await server.login('lobby'));
    desk = await signIn('teller1', 'teller123', '/counter', { width: 1366, height: 768 });
    await desk.getByTestId('sign-on-c2').click();
    await desk.getByTestId('counter-desk').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('挂起 offers the ticket’s missing materials as choices plus free text; the lobby’s suspended list shows them', async () => {
    const a1 = await issue('A', 'personal-loan');
    await callAndStart(a1);
    await desk.keyboard.press('F6');
    const modal = dialog(desk, 'suspend-dialog');
    const materials = modal.getByTestId('suspend-materials');
    await materials.waitFor();
    expect(await materials.locator('label').allTextContents()).toEqual([
      '本人有效身份证件',
      '收入证明',
      '婚姻状况证明',
    ]);
    // Neither a material nor a word: the dialog says what it needs.
    await modal.getByRole('button', { name: '确认挂起' }).click();
    await modal.getByText('请勾选缺少的材料，或写明缺少什么').waitFor();
    await materials.getByLabel('收入证明').check();
    await materials.getByLabel('婚姻状况证明').check();
    await modal.getByTestId('suspend-note').fill('客户回单位开具');
    await settled(modal);
    await screenshot(desk, 'counter-suspend-materials');
    await modal.getByRole('button', { name: '确认挂起' }).click();
    await desk.getByTestId('current-ticket-empty').waitFor();
    expect((await ticket(a1)).suspension).toMatchObject({
      byCounterId: 'c2',
      missingMaterials: [
        { zh: '收入证明', en: 'Proof of income' },
        { zh: '婚姻状况证明', en: 'Marital status certificate' },
      ],
      note: '客户回单位开具',
    });

    const console = await signIn('lobby', 'lobby123', '/lobby', { width: 1440, height: 900 });
    const missing = console.getByTestId(`missing-${a1}`);
    await missing.waitFor();
    expect(await missing.textContent()).toBe('缺少：收入证明婚姻状况证明');
    expect(await console.getByTestId(`suspended-${a1}`).textContent()).toContain('客户回单位开具');
    await screenshot(console, 'lobby-suspended-materials');
    await console.getByTestId('language-switch').click();
    await expect.poll(() => missing.textContent()).toBe('Missing:Proof of incomeMarital status certificate');
    await screenshot(console, 'lobby-suspended-materials-en');
    await console.context().close();
  });

  it('部分办结 and 未办理 ask why: a branch reason and/or a note, kept on the ticket', async () => {
    const a2 = await issue('A', 'cash');
    await callAndStart(a2);
    await desk.keyboard.press('F4');
    const modal = dialog(desk, 'finish-dialog');
    await modal.getByText('部分办结').click();
    await modal.getByRole('button', { name: '确认办结' }).click();
    await modal.getByText('请选择原因，或写明未办完的原因').waitFor();
    expect(await modal.getByTestId('finish-reasons').locator('label').allTextContents()).toContain('需预约或改日办理');
    await modal.getByTestId('finish-reasons').getByText('需预约或改日办理').click();
    await modal.getByTestId('finish-reason-note').fill('大额取现需提前一天预约');
    await settled(modal);
    await screenshot(desk, 'counter-finish-reason');
    await modal.getByRole('button', { name: '确认办结' }).click();
    await desk.getByTestId('current-ticket-empty').waitFor();
    expect(await ticket(a2)).toMatchObject({
      outcome: 'partially_served',
      finishReason: { reasonId: 'appointment', note: '大额取现需提前一天预约' },
    });
  });

  it('the waiting list (number, business, wait, markers) sits beside the current customer, without F9', async () => {
    const a3 = await issue('A', 'remittance');
    const a4 = await issue('A', 'wealth', 'elderly');
    const vip = await server.command(kiosk, 'ticket:issue', {
      laneId: 'V',
      businessTypeId: 'vip-service',
      priorityGroupId: null,
      vipProof: await server.vipProof(kiosk, '6222020000000002'),
    });
    if (!vip.ok) throw new Error(vip.code);
    const v1 = vip.data.ticket.number;
    const panel = desk.getByTestId('waiting-panel');
    const row = (n: string) => panel.locator(`[data-testid="waiting-row"][data-number="${n}"]`);
    await expect.poll(() => panel.getByTestId('waiting-row').count()).toBe(3);
    expect(await row(a3).textContent()).toMatch(/^A\d{3}转账汇款\d+ 分钟$/);
    expect(await row(a4).textContent()).toMatch(/理财\/基金.*\d+ 分钟.*老年人/);
    expect(await row(v1).textContent()).toMatch(/贵宾综合服务.*白金卡/);
    expect(await panel.textContent()).toContain('等候中（3 人）');
    // Once a customer is at the counter, the list shows the others.
    await desk.getByTestId('action-callNext').click();
    await desk.getByTestId('current-ticket').waitFor();
    const called = await shownNumber(desk);
    await expect.poll(() => panel.getByTestId('waiting-row').count()).toBe(2);
    expect(await row(called).count()).toBe(0);
    // The current customer and the list side by side at 1366×768.
    const ticketBox = await desk.getByTestId('current-ticket').boundingBox();
    const panelBox = await panel.boundingBox();
    expect(panelBox!.x).toBeGreaterThan(ticketBox!.x + ticketBox!.width - 1);
    expect(panelBox!.y).toBeLessThan(ticketBox!.y + 10);
    await screenshot(desk, 'counter-waiting-list');
    await desk.getByTestId('language-switch').click();
    await expect.poll(() => panel.textContent()).toContain('Waiting (2)');
    await screenshot(desk, 'counter-waiting-list-en');
    await desk.getByTestId('language-switch').click();
  });
});
