import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { yearsMissingOfficialSchedule, type Alert } from '@lobby/shared';
import { describeBrowser } from '../support/browser-skip.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, screenshot } from '../support/browser.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * The admin area in Chromium against the real server: a lane target changed in the
 * configuration editor drives the lobby's wait alert, and a day exported from the reports
 * page reads back with exceljs. Screenshots of the dashboard and reports go to test-artifacts.
 * The staff app is built into a private folder so other tests' dist is never swapped.
 */
const MIN = 60_000;

let webRoot: string;
let downloads: string;
let server: TestServer;
let browser: Browser;
let page: Page;
let kiosk: LobbySocket;
let lobby: LobbySocket;
let alerts: Alert[] = [];

function buildStaffApp(): string {
  const root = mkdtempSync(join(tmpdir(), 'lobby-web-'));
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', join(root, 'counter-client', 'dist'), '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: resolve(import.meta.dirname, '..', '..', 'counter-client'),
      stdio: 'inherit',
    },
  );
  return root;
}

async function serveOne(counterId: string, username: string, waitMin: number, serviceMin: number): Promise<void> {
  const teller = await server.connect(await server.login(username));
  const on = await server.command(teller, 'counter:signOn', { counterId });
  if (!on.ok) throw new Error(`sign on ${on.code}`);
  server.clock.advance(waitMin * MIN);
  const called = await server.command(teller, 'counter:callNext', { counterId });
  if (!called.ok) throw new Error(`call ${called.code}`);
  await server.command(teller, 'ticket:start', { counterId });
  server.clock.advance(serviceMin * MIN);
  const done = await server.command(teller, 'ticket:finish', {
    counterId,
    outcome: 'served',
    servedBusinessTypeIds: [called.data.businessTypeId],
  });
  if (!done.ok) throw new Error(`finish ${done.code}`);
  const evaluator = await server.connect(server.deviceToken('evaluator', counterId));
  await server.command(evaluator, 'rating:submit', { ticketId: called.data.id, attitude: 5, efficiency: 4 });
  await server.command(teller, 'counter:signOff', { counterId });
}

const waitAlertFor = (laneId: string) => alerts.find((a) => a.kind === 'wait_over_target' && a.laneId === laneId);

describeBrowser('admin console', () => {
  beforeAll(async () => {
    webRoot = buildStaffApp();
    downloads = mkdtempSync(join(tmpdir(), 'lobby-downloads-'));
    server = await startTestServer({ webRoot });
    kiosk = await server.connect(server.deviceToken('kiosk'));
    lobby = await server.connect(await server.login('lobby'));
    lobby.on('alerts:updated', (list) => {
      alerts = list;
    });
    // A small served day so the dashboard and reports have figures and charts.
    for (const [lane, type] of [
      ['A', 'cash'],
      ['A', 'remittance'],
      ['B', 'corp-cash'],
      ['A', 'wealth'],
    ] as const) {
      const ack = await server.command(kiosk, 'ticket:issue', { laneId: lane, businessTypeId: type });
      if (!ack.ok) throw new Error(`issue ${ack.code}`);
    }
    await serveOne('c2', 'teller1', 6, 4);
    await serveOne('c6', 'teller2', 3, 9);
    await serveOne('c3', 'teller3', 12, 5);

    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('pageerror', (err) => console.error('[admin page error]', err.message));
    await page.goto(`${server.webUrl}/admin`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('admin123');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('today-dashboard').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('shows the live dashboard with today’s figures and charts', async () => {
    await page.getByTestId('chart-hourly').locator('canvas').first().waitFor();
    await expect.poll(() => page.getByTestId('dashboard-lanes').innerText()).toContain('个人业务');
    await page.waitForTimeout(500);
    await screenshot(page, 'admin-dashboard');
  });

  it('a lane target changed in the editor is what the lobby wait alert uses', async () => {
    const ack = await server.command(kiosk, 'ticket:issue', { laneId: 'K', businessTypeId: 'passbook' });
    expect(ack.ok).toBe(true);
    server.clock.advance(8 * MIN);
    await new Promise((r) => setTimeout(r, 800));
    // 8 minutes against the fast lane's 10-minute target: no wait alert.
    expect(waitAlertFor('K')).toBeUndefined();

    await page.getByTestId('admin-tab-config').click();
    await page.getByTestId('config-editor').waitFor();
    const target = page.locator('[data-testid="config-lanes-0-targetWaitMin"] input');
    await target.fill('5');
    await page.getByTestId('config-reason').fill('快速业务目标收紧');
    await page.getByTestId('config-save').click();
    await page.getByText('已保存为 v2').waitFor();
    await expect.poll(() => waitAlertFor('K')?.laneId, { timeout: 5000 }).toBe('K');
    // The lane's 区域 reads as the zone's name, not its id `hard` (19.23).
    expect(
      await page
        .locator(
          '[data-testid="config-lanes-0-zoneId"] .ant-select-content, [data-testid="config-lanes-0-zoneId"] .ant-select-selection-item',
        )
        .first()
        .innerText(),
    ).toMatch(/^硬区/);
    await screenshot(page, 'admin-config');

    // The max-wait guard's catch-up share is a setting of the calling policy, saved like the rest.
    expect(server.app.ctx.config().policy.overdueCatchUp).toBe(0.25);
    await page.getByText('叫号策略', { exact: true }).click();
    const catchUp = page.getByLabel('超时加速系数');
    await catchUp.fill('0.3');
    await page.getByTestId('config-reason').fill('超时加速系数调整');
    await page.getByTestId('config-save').click();
    await page.getByText('已保存为 v3').waitFor();
    expect(server.app.ctx.config().policy.overdueCatchUp).toBe(0.3);
    await screenshot(page, 'admin-config-policy');

    // An invalid value is refused with the message on the field, and nothing is saved.
    await page.locator('[data-testid="config-lanes-0-maxWaitMin"] input').fill('2');
    await page.getByTestId('config-save').click();
    await page.getByText('max wait below target').waitFor();
    expect(server.app.ctx.config().version).toBe(3);
  });

  it('exports the day from the reports page to an Excel file that reads back', async () => {
    await page.getByTestId('admin-tab-reports').click();
    await page.getByTestId('reports-page').waitFor();
    await page.getByTestId('chart-tellers').locator('canvas').first().waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, 'admin-reports');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('汇总 Summary')!.getRow(2);
    expect(summary.getCell(3).value).toBe(5); // issued: four in the morning + the fast-lane ticket
    expect(summary.getCell(4).value).toBe(3); // served
    // Tellers by name and 工号, business types by name: never a staff id or a code like `cash` (19.23).
    const tellers = wb.getWorksheet('按柜员 By teller')!;
    const tellerRows = [2, 3, 4].map(
      (r) => `${String(tellers.getRow(r).getCell(1).value)} ${String(tellers.getRow(r).getCell(2).value)}`,
    );
    expect(tellerRows.sort()).toEqual(['柜员1 1001', '柜员2 1002', '柜员3 1003']);
    const business = wb.getWorksheet('按业务 By business type')!;
    const businessNames = [2, 3, 4, 5].map((r) => String(business.getRow(r).getCell(1).value));
    expect(businessNames.filter((n) => ['cash', 'remittance', 'corp-cash', 'wealth'].includes(n))).toEqual([]);
    expect(businessNames.every((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(businessNames).toContain('转账汇款 Transfer / remittance');
  });

  it('registers a complaint linked to a served ticket and moves it to responded', async () => {
    await page.getByTestId('admin-tab-complaints').click();
    await page.getByTestId('complaint-register').click();
    await page.getByLabel('关联票号').fill('A001');
    await page.getByLabel('投诉内容').fill('柜员办理时态度冷淡');
    await page.getByLabel('联系电话').fill('13900000000');
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('关联号票全过程').waitFor();
    // The ticket's history by action name, the kiosk by its device name, the teller by name and 工号 (19.23).
    await expect.poll(() => page.locator('.ant-drawer').innerText()).toMatch(/取号 · 大堂取号机/);
    const history = await page.locator('.ant-drawer').innerText();
    expect(history).toMatch(/办结 · 2号窗口 · 柜员1 · 1001/);
    expect(history).not.toMatch(/ticket:|dev_|stf_/);
    await page.getByTestId('complaint-note').fill('已电话致歉');
    await page.getByTestId('complaint-action-respond').click();
    await expect.poll(() => page.locator('.ant-drawer').innerText()).toContain('已答复');
    await screenshot(page, 'admin-complaint-detail');
    await page.locator('.ant-drawer-close').click();
    await page.locator('.ant-drawer-content').waitFor({ state: 'hidden' });
  });

  it('shows the KPI scorecard, complaint register, staff and audit pages', async () => {
    // A pause for a phone call: the audit log names the counter and the reason, not `c2` and `phone` (19.23).
    const teller = await server.connect(await server.login('teller1'));
    expect((await server.command(teller, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    expect((await server.command(teller, 'counter:pause', { counterId: 'c2', reason: 'phone' })).ok).toBe(true);
    for (const tab of ['kpi', 'complaints', 'staff', 'audit', 'vip'] as const) {
      await page.getByTestId(`admin-tab-${tab}`).click();
      await page
        .getByTestId(
          {
            kpi: 'kpi-page',
            complaints: 'complaints-page',
            staff: 'people-page',
            audit: 'audit-page',
            vip: 'vip-import-page',
          }[tab],
        )
        .waitFor();
      await page.waitForTimeout(600);
      await screenshot(page, `admin-${tab}`);
    }
    // The audit log shows the configuration change with who made it and why.
    await page.getByTestId('admin-tab-audit').click();
    await expect.poll(() => page.getByTestId('audit-table').innerText()).toContain('快速业务目标收紧');
    // Actions are named in the UI language, with the code beside the name for searching.
    const configRow = page.locator('[data-testid="audit-table"] tr', { hasText: '快速业务目标收紧' }).first();
    expect(await configRow.getByTestId('audit-action').innerText()).toMatch(/修改网点配置\s+config:update/);
    await page.getByPlaceholder(/操作人/).fill('修改网点配置');
    await expect
      .poll(async () => {
        const shown = await page.getByTestId('audit-action').allInnerTexts();
        return shown.length > 0 && shown.every((text) => text.includes('config:update'));
      })
      .toBe(true);
    const pauseRow = page.locator('[data-testid="audit-table"] tr', { hasText: 'counter:paused' }).first();
    await page.getByPlaceholder(/操作人/).fill('');
    await pauseRow.waitFor();
    expect(await pauseRow.getByTestId('audit-target').innerText()).toMatch(/^2号窗口\s+c2$/);
    expect(await pauseRow.getByTestId('audit-reason').innerText()).toBe('接听电话');
    expect(await pauseRow.innerText()).toContain('柜员1 · 1001');
    await screenshot(page, 'admin-audit-named');
    // The same row in English: the counter and the reason by their English names.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => pauseRow.getByTestId('audit-reason').innerText()).toBe('Phone call');
    expect(await pauseRow.getByTestId('audit-target').innerText()).toMatch(/^Counter 2\s+c2$/);
    await screenshot(page, 'admin-audit-named-en');
  });

  it('keeps a calendar exception with its note: the official holidays need none typed in', async () => {
    // The page is in English after the previous test.
    await page.getByTestId('admin-tab-config').click();
    await page.getByTestId('config-editor').waitFor();
    // Undo the refused value the lane test left in the form.
    const lane = server.app.ctx.config().lanes[0]!;
    await page.locator('[data-testid="config-lanes-0-maxWaitMin"] input').fill(String(lane.maxWaitMin));
    await page.getByText('Hours and holidays').click();
    await page.getByText('No exceptions: the branch follows the national schedule.').waitFor();
    // A year the bundled official schedule lacks within the look-ahead is named, so nobody
    // relies on holidays the package does not know (the test day is late November).
    const missing = yearsMissingOfficialSchedule(server.app.ctx.queue.current.businessDate);
    const warning = page.getByTestId('calendar-schedule-missing');
    if (missing.length > 0) expect(await warning.innerText()).toContain(String(missing[0]));
    else expect(await warning.count()).toBe(0);
    await page.getByTestId('calendar-override-add').click();
    await page.getByTestId('calendar-override-date').fill('2026-12-31');
    await page.getByTestId('calendar-override-note').fill('系统升级');
    await page.getByTestId('config-reason').fill('年末系统升级停业');
    await page.getByTestId('config-save').click();
    await page.getByText(/Saved as v4/).waitFor();
    expect(server.app.ctx.config().hours.calendarOverrides).toEqual([
      { date: '2026-12-31', open: false, note: '系统升级' },
    ]);
    await page.getByTestId('calendar-override-note').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-calendar-en');
    await page.getByText('Calling policy', { exact: true }).click();
    // Once the panel has opened (the label is shown), bring the field into view for the picture.
    await page.getByText('Overdue catch-up share', { exact: true }).waitFor({ state: 'visible' });
    await page.locator('.ant-collapse-content-active .ant-motion-collapse').waitFor({ state: 'detached' });
    await page.getByText('Overdue catch-up share', { exact: true }).scrollIntoViewIfNeeded();
    expect(await page.getByLabel('Overdue catch-up share').inputValue()).toBe('0.30');
    await screenshot(page, 'admin-config-policy-en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByText('营业日例外').waitFor();
    await page.getByTestId('calendar-override-note').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-calendar');
  });

  it('names what the VIP check proves by material, so it stays right when the materials are edited', async () => {
    // The page is in Chinese after the previous test.
    const config = server.app.ctx.config();
    const vip = config.businessTypes.findIndex((b) => b.metByVipCheck?.length);
    expect(config.businessTypes[vip]!.metByVipCheck).toEqual([0]);
    await page.getByTestId('admin-tab-config').click();
    await page.getByTestId('config-editor').waitFor();
    await page.getByText('业务类型', { exact: true }).click();
    const proved = page.getByTestId(`config-businessTypes-${vip}-vipCheckMaterials`);
    await proved.scrollIntoViewIfNeeded();
    await expect.poll(() => proved.innerText()).toContain('贵宾卡或本人有效身份证件');
    // A new first line: the card/ID becomes the second material, and stays the one proved.
    await page
      .locator(`[data-testid="config-businessTypes-${vip}-materials.zh"] textarea`)
      .fill('预约码\n贵宾卡或本人有效身份证件');
    await page
      .locator(`[data-testid="config-businessTypes-${vip}-materials.en"] textarea`)
      .fill('Booking code\nVIP card or valid ID');
    await page.getByTestId('config-reason').fill('贵宾业务需预约码');
    await page.getByTestId('config-save').click();
    await page.getByText('已保存为 v5').waitFor();
    expect(server.app.ctx.config().businessTypes[vip]!.metByVipCheck).toEqual([1]);
    // The saved config remounts the form: the field still names the card/ID.
    await expect.poll(() => proved.innerText()).toContain('贵宾卡或本人有效身份证件');
    await proved.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-config-vip-check');
  });
});
