import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { launchChromium, newPage, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * The teller counter client in Chromium against the real server (a fresh one per test):
 * tellers work through the screen; the kiosk and the lobby manager are sockets; every
 * outcome is checked on screen and in the server's own state.
 */
let server: TestServer;
let browser: Browser;
let kiosk: LobbySocket;
let lobby: LobbySocket;
const pages: Page[] = [];

const issue = async (
  laneId: string,
  businessTypeId: string,
  extra: { vipIdentifier?: string; priorityGroupId?: string } = {},
) => (await server.issue(kiosk, laneId, businessTypeId, extra)).ticket.number;

const tickets = () => server.staffTickets(lobby);

const ticket = (number: string) => server.staffTicket(lobby, number);

async function signIn(username: string, path = '/counter', password = 'teller123'): Promise<Page> {
  const { page } = await newPage(browser);
  pages.push(page);
  await page.goto(`${server.webUrl}${path}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  return page;
}

/** Sign in as a teller and sign on to a counter; returns the page at the counter desk. */
async function tellerAt(username: string, counterId: string): Promise<Page> {
  const page = await signIn(username);
  await page.getByTestId(`sign-on-${counterId}`).click();
  await page.getByTestId('counter-desk').waitFor();
  await page.locator('[data-testid="connection-indicator"][data-state="connected"]').waitFor();
  return page;
}

const shownNumber = async (page: Page) => (await page.getByTestId('current-number').textContent())?.trim() ?? '';
const counterState = (page: Page) => page.getByTestId('counter-state').getAttribute('data-state');
const dialog = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal');

/** 过号 asks first. */
async function markNoShow(page: Page): Promise<void> {
  await page.getByTestId('action-noShow').click();
  await page
    .locator('.no-show-confirm .ant-modal')
    .getByRole('button', { name: /确认过号/ })
    .click();
}

describeBrowser('teller counter client', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    // 过号 right after a call is refused by default (noShowMinSec); counter-keyboard.test.ts covers that.
    server = await startTestServer({ config: (c) => ({ ...c, policy: { ...c.policy, noShowMinSec: 0 } }) });
    kiosk = await server.connect(server.deviceToken('kiosk'));
    lobby = await server.connect(await server.login('lobby'));
  });
  afterEach(async () => {
    for (const p of pages.splice(0)) await p.context().close();
    await server.close();
  });

  it('two tellers at two counters: call next takes different tickets; a held counter is refused with the way out', async () => {
    const { page: signInPage } = await newPage(browser);
    pages.push(signInPage);
    await signInPage.goto(`${server.webUrl}/counter`);
    await signInPage.getByLabel('用户名').waitFor();
    await screenshot(signInPage, 'counter-sign-in');

    const first = await signIn('teller1');
    await first.getByTestId('sign-on-c2').waitFor();
    await screenshot(first, 'counter-sign-on');

    const a1 = await issue('A', 'cash');
    const a2 = await issue('A', 'remittance');
    await first.getByTestId('sign-on-c2').click();
    await first.getByTestId('counter-desk').waitFor();
    const second = await signIn('teller2');
    await second.getByTestId('sign-on-c2').click();
    await expect.poll(() => second.getByTestId('counter-held').textContent()).toContain('大堂经理');
    await screenshot(second, 'counter-held');
    await second.getByTestId('sign-on-c3').click();
    await second.getByTestId('counter-desk').waitFor();

    await expect.poll(() => first.getByTestId('lane-waiting-A').getAttribute('data-waiting')).toBe('2');
    await screenshot(first, 'counter-idle');

    await Promise.all([first.getByTestId('action-callNext').click(), second.getByTestId('action-callNext').click()]);
    await first.getByTestId('current-number').waitFor();
    await second.getByTestId('current-number').waitFor();
    expect([await shownNumber(first), await shownNumber(second)].sort()).toEqual([a1, a2].sort());
    expect(await shownNumber(first)).not.toBe(await shownNumber(second));
    await expect.poll(() => first.getByTestId('lane-waiting-A').getAttribute('data-waiting')).toBe('0');
    const states = (await tickets()).map((t) => [t.number, t.status, t.counterId]);
    expect(states).toContainEqual([await shownNumber(first), 'called', 'c2']);
    expect(states).toContainEqual([await shownNumber(second), 'called', 'c3']);
  });

  it('recall up to the limit (remaining count shown), then no-show frees the counter', async () => {
    const a1 = await issue('A', 'cash');
    const page = await tellerAt('teller3', 'c4');
    await page.keyboard.press('F1');
    await expect.poll(() => shownNumber(page)).toBe(a1);
    const recall = page.getByTestId('action-recall');
    await expect.poll(() => recall.textContent()).toContain('剩 2 次');
    await recall.click();
    await expect.poll(() => recall.textContent()).toContain('剩 1 次');
    await page.keyboard.press('F2');
    await expect.poll(() => recall.textContent()).toContain('剩 0 次');
    expect(await recall.isDisabled()).toBe(true);
    expect((await ticket(a1)).recalls).toBe(2);

    await markNoShow(page);
    await page.getByTestId('current-ticket-empty').waitFor();
    expect(await counterState(page)).toBe('idle');
    expect((await ticket(a1)).status).toBe('no_show');
  });

  it('serves a VIP: tier and priority group are shown to staff; finish records outcome and business served', async () => {
    const v1 = await issue('V', 'vip-service', { vipIdentifier: '6222020000000002', priorityGroupId: 'elderly' });
    const page = await tellerAt('teller4', 'c8');
    await page.getByTestId('action-callNext').click();
    await expect.poll(() => shownNumber(page)).toBe(v1);
    await page.getByTestId('action-start').click();
    await expect.poll(() => counterState(page)).toBe('serving');
    expect(await page.getByTestId('vip-tier').textContent()).toContain('白金卡');
    expect(await page.getByTestId('priority-group').textContent()).toContain('老年人');
    expect(await page.getByTestId('materials').textContent()).toContain('贵宾卡或本人有效身份证件');
    await screenshot(page, 'counter-serving-vip');

    // With auto-call on, finishing calls the next customer straight away.
    const v2 = await issue('V', 'vip-service', { vipIdentifier: '6222020000000001' });
    await page.getByTestId('auto-call').click();
    await page.keyboard.press('F4');
    const modal = dialog(page);
    await modal.waitFor();
    await modal.getByLabel('存取款').check();
    await expect.poll(() => modal.getByLabel('存取款').isChecked()).toBe(true);
    await screenshot(page, 'counter-finish-modal');
    await modal.getByRole('button', { name: '确认办结' }).click();
    await expect.poll(() => shownNumber(page)).toBe(v2);
    const done = await ticket(v1);
    expect(done.status).toBe('done');
    expect(done.outcome).toBe('served');
    expect(done.servedBusinessTypeIds.sort()).toEqual(['cash', 'vip-service']);
    expect((await ticket(v2)).status).toBe('called');
  });

  it('calls a specific waiting ticket with a reason, out of order', async () => {
    const a1 = await issue('A', 'cash');
    await issue('A', 'cash');
    const a3 = await issue('A', 'wealth', { priorityGroupId: 'pregnant' });
    const page = await tellerAt('teller1', 'c2');
    await page.keyboard.press('F9');
    const modal = dialog(page);
    // Motion is off in tests: the dialog is in place when it is visible, so one click selects the row.
    const row = modal.locator('tr', { hasText: a3 });
    await row.click();
    await expect.poll(() => row.getAttribute('class')).toContain('ant-table-row-selected');
    await modal.getByTestId('call-ticket-reason').fill('孕妇，优先办理');
    await screenshot(page, 'counter-call-specific');
    await modal.getByRole('button', { name: '呼叫所选客户' }).click();
    await expect.poll(() => shownNumber(page)).toBe(a3);
    expect((await ticket(a1)).status).toBe('waiting');
  });

  it('a VIP-room page naming this teller is shown and can be accepted; sign off returns to the counter list', async () => {
    const page = await tellerAt('teller5', 'c5');
    const staffId = await page.evaluate(
      () =>
        (JSON.parse(sessionStorage.getItem('lobby.staff.session') ?? '{}') as { user?: { id: string } }).user?.id ?? '',
    );
    const visit = await server.command(lobby, 'vipVisit:start', {
      roomId: 'room1',
      ticketId: null,
      note: '钻石卡客户，理财咨询',
    });
    if (!visit.ok) throw new Error(visit.code);
    const paged = await server.command(lobby, 'vipVisit:page', { visitId: visit.data.id, staffId });
    expect(paged.ok).toBe(true);
    const prompt = dialog(page);
    await prompt.getByText('贵宾室一').waitFor();
    expect(await prompt.textContent()).toContain('钻石卡客户，理财咨询');
    await prompt.getByRole('button', { name: /接\s*受/ }).click();
    await prompt.waitFor({ state: 'hidden' });
    const snap = await server.command(lobby, 'snapshot:get', {});
    if (!snap.ok || snap.data.audience !== 'staff') throw new Error('no snapshot');
    expect(snap.data.vipRooms.find((r) => r.id === 'room1')?.visit).toMatchObject({
      status: 'in_service',
      servingStaffId: staffId,
    });

    await page.getByTestId('sign-off').click();
    await page.getByTestId('sign-on-c5').waitFor();
    const after = await server.command(lobby, 'snapshot:get', {});
    if (!after.ok || after.data.audience !== 'staff') throw new Error('no snapshot');
    expect(after.data.counters.find((c) => c.id === 'c5')).toMatchObject({ tellerId: null, status: 'closed' });
  });

  it('suspend (documents missing): the ticket leaves the counter and is suspended with the note', async () => {
    const a1 = await issue('A', 'open-account');
    const page = await tellerAt('teller1', 'c2');
    await page.getByTestId('action-callNext').click();
    await expect.poll(() => shownNumber(page)).toBe(a1);
    await page.getByTestId('action-start').click();
    await expect.poll(() => counterState(page)).toBe('serving');
    await page.keyboard.press('F6');
    const modal = dialog(page);
    await modal.getByTestId('suspend-note').fill('材料不全：缺少户口本');
    await modal.getByRole('button', { name: '确认挂起' }).click();
    await page.getByTestId('current-ticket-empty').waitFor();
    expect(await counterState(page)).toBe('idle');
    const suspended = await ticket(a1);
    expect(suspended.status).toBe('suspended');
    expect(suspended.counterId).toBeNull();
    expect(suspended.suspendedByCounterId).toBe('c2');
    expect(suspended.notes.map((n) => n.text)).toContain('材料不全：缺少户口本');
  });

  it('transfer to another lane keeps the number and lands first or last as chosen', async () => {
    const b1 = await issue('B', 'corp-cash');
    server.clock.advance(5 * 60_000);
    const a1 = await issue('A', 'cash');
    const a2 = await issue('A', 'remittance');
    const personal = await tellerAt('teller1', 'c2');
    const business = await tellerAt('teller6', 'c6');

    const transferCurrent = async (position: 'first' | 'last') => {
      await personal.getByTestId('action-callNext').click();
      await personal.getByTestId('current-number').waitFor();
      const number = await shownNumber(personal);
      await personal.getByTestId('action-transfer').click();
      const modal = dialog(personal);
      await modal.locator('.ant-select').click();
      await personal.locator('.ant-select-item-option', { hasText: '对公业务' }).click();
      await modal.getByLabel(position === 'first' ? '排在最前' : '排在最后').check();
      await modal.locator('textarea').fill(position === 'first' ? '对公结算，请优先' : '改办对公业务');
      await modal.getByRole('button', { name: '确认转移' }).click();
      await personal.getByTestId('current-ticket-empty').waitFor();
      return number;
    };

    const first = await transferCurrent('first');
    expect(first).toBe(a1);
    const moved = await ticket(a1);
    expect([moved.number, moved.laneId, moved.status, moved.front]).toEqual([a1, 'B', 'waiting', true]);
    expect(moved.redirects).toHaveLength(1);

    // The business counter calls the ticket put first, ahead of the older B ticket.
    await business.getByTestId('action-callNext').click();
    await expect.poll(() => shownNumber(business)).toBe(a1);
    await business.getByTestId('redirect').first().waitFor();
    expect(await business.getByTestId('redirect').first().textContent()).toContain('排在最前');
    await markNoShow(business);
    await business.getByTestId('current-ticket-empty').waitFor();

    const last = await transferCurrent('last');
    expect(last).toBe(a2);
    expect((await ticket(a2)).laneId).toBe('B');
    // Put last: the older B ticket goes first, then the transferred one.
    await business.getByTestId('action-callNext').click();
    await expect.poll(() => shownNumber(business)).toBe(b1);
    await markNoShow(business);
    await business.getByTestId('current-ticket-empty').waitFor();
    await business.getByTestId('action-callNext').click();
    await expect.poll(() => shownNumber(business)).toBe(a2);
  });

  it('pause stops calls to that counter until resumed', async () => {
    await issue('A', 'cash');
    const page = await tellerAt('teller1', 'c2');
    await page.keyboard.press('F8');
    const modal = dialog(page);
    await modal.getByText('接听电话').click();
    await modal.getByRole('button', { name: '暂停服务' }).click();
    await expect.poll(() => counterState(page)).toBe('paused');
    expect(await page.getByTestId('counter-state').textContent()).toContain('接听电话');
    expect(await page.getByTestId('action-callNext').isDisabled()).toBe(true);
    await page.keyboard.press('F1');
    // Nobody can call to a paused counter, not even the lobby manager on its behalf.
    const refused = await server.command(lobby, 'counter:callNext', { counterId: 'c2' });
    expect(refused).toMatchObject({ ok: false, code: 'COUNTER_PAUSED' });
    expect((await tickets()).filter((t) => t.status === 'called')).toHaveLength(0);

    await page.getByTestId('action-pause').click(); // now "恢复服务"
    await expect.poll(() => counterState(page)).toBe('idle');
    await page.getByTestId('action-callNext').click();
    await page.getByTestId('current-number').waitFor();
  });

  it('a double-click on "call next" calls exactly one ticket and skips nobody', async () => {
    const a1 = await issue('A', 'cash');
    const a2 = await issue('A', 'cash');
    const page = await tellerAt('teller1', 'c2');
    await page.getByTestId('action-callNext').dblclick();
    await expect.poll(() => shownNumber(page)).toBe(a1);
    // Every command the page sent is answered once the button is no longer busy.
    await page.locator('[data-testid="action-callNext"]:not(.ant-btn-loading)').waitFor();
    const all = await tickets();
    expect(all.filter((t) => t.status === 'called').map((t) => t.number)).toEqual([a1]);
    expect(all.find((t) => t.number === a2)?.status).toBe('waiting');
    expect(all.filter((t) => t.status === 'no_show')).toHaveLength(0);
  });

  it('a teller opening the admin page gets a clear message, not the page; English is one click away', async () => {
    const page = await signIn('teller1', '/admin');
    await page.getByText('当前账号（柜员）无权使用此页面').waitFor();
    await page.getByRole('button', { name: '前往我的工作页面' }).click();
    await page.getByTestId('sign-on-c2').waitFor();
    expect(new URL(page.url()).pathname).toBe('/counter');

    await page.getByTestId('language-switch').click();
    await page.getByText('Choose your counter').waitFor();
    await page.getByTestId('sign-on-c2').click();
    await page.getByRole('button', { name: /Call next/ }).waitFor();
    await page.keyboard.press('F8');
    // antd speaks English too (en_US locale): the dialog's cancel button.
    await dialog(page).getByRole('button', { name: 'Cancel' }).waitFor();
    await screenshot(page, 'counter-english-pause');
  });

  it('a teller who closes the browser goes offline (no calls there) and is back on signing in again', async () => {
    server.clock.advance(5 * 60_000); // past the server's start-up grace for presence
    await issue('A', 'cash');
    const page = await tellerAt('teller2', 'c3');
    await page.context().close();
    const c3 = async () => {
      const snap = await server.command(lobby, 'snapshot:get', {});
      if (!snap.ok || snap.data.audience !== 'staff') throw new Error('no snapshot');
      return snap.data.counters.find((c) => c.id === 'c3');
    };
    await expect.poll(async () => (await c3())?.online, { timeout: 15_000 }).toBe(false);
    expect(await server.command(lobby, 'counter:callNext', { counterId: 'c3' })).toMatchObject({
      ok: false,
      code: 'COUNTER_OFFLINE',
    });

    // Signing in again lands straight on the same counter, online.
    const back = await signIn('teller2');
    await back.getByTestId('counter-desk').waitFor();
    await expect.poll(async () => (await c3())?.online, { timeout: 15_000 }).toBe(true);
    await expect.poll(() => counterState(back)).toBe('idle');
    await back.getByTestId('action-callNext').click();
    await back.getByTestId('current-number').waitFor();
  });

  it('shows a wrong password as a clear message', async () => {
    const page = await signIn('teller1', '/counter', 'wrong-password');
    await page.getByTestId('sign-in-error').getByText('用户名或密码错误。').waitFor();
  });
});
