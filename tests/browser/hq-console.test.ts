import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describePg } from '../../hq/src/server/testing/test-database.ts';
import { chromiumAvailable, CHROMIUM_ARGS, CHROMIUM_PATH, screenshot } from '../support/browser.ts';
import { catalogueTemplateFrom, startTestHq, type TestHq } from '../support/hq.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Head office in Chromium, opened from a LAN name (hq.lan) over HTTPS, with two real branches
 * replicating to it: the live grid (region filter, a branch's drill-down), a ticket called in
 * a branch showing up live, reports with their Excel export, the scorecard and the catalogue,
 * in Chinese and in English; and the branch admin's head-office tab. Screenshots go to
 * test-artifacts/hq-*.png.
 */
const MIN = 60_000;
const DAY = '2026-11-24';
const describeHqBrowser = chromiumAvailable() || process.env.CI ? describePg : describePg.skip;

let hq: TestHq;
let east: TestServer;
let north: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let downloads: string;

async function serve(branch: TestServer, counterId: string, username: string, waitMin: number, serviceMin: number) {
  const kiosk = await branch.connect(branch.deviceToken('kiosk'));
  const teller = await branch.connect(await branch.login(username));
  const issued = await branch.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
  if (!issued.ok) throw new Error(issued.code);
  await branch.command(teller, 'counter:signOn', { counterId });
  branch.clock.advance(waitMin * MIN);
  const called = await branch.command(teller, 'counter:callNext', { counterId });
  if (!called.ok) throw new Error(called.code);
  await branch.command(teller, 'ticket:start', { counterId });
  branch.clock.advance(serviceMin * MIN);
  await branch.command(teller, 'ticket:finish', { counterId, outcome: 'served', servedBusinessTypeIds: ['cash'] });
  const evaluator = await branch.connect(branch.deviceToken('evaluator', counterId));
  await branch.command(evaluator, 'rating:submit', { ticketId: called.data.id, attitude: 5, efficiency: 4 });
}

/** A screenshot once the page's finite animations (menu highlight, button colours) have ended. */
async function shot(p: Page, name: string): Promise<void> {
  await p.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  await screenshot(p, name);
}

const hqUrl = (path: string) => `${hq.url.replace('127.0.0.1', 'hq.lan')}${path}`;

describeHqBrowser('head office in the browser', () => {
  beforeAll(async () => {
    downloads = mkdtempSync(join(tmpdir(), 'hq-downloads-'));
    hq = await startTestHq();
    east = await startTestServer({
      config: (c) => ({ ...c, branch: { ...c.branch, id: 'east-1', name: { zh: '人民路支行', en: 'Renmin Road' } } }),
      deps: { replication: await hq.registerBranch('east-1', { nameZh: '人民路支行', nameEn: 'Renmin Road' }) },
    });
    north = await startTestServer({
      config: (c) => ({ ...c, branch: { ...c.branch, id: 'north-1' } }),
      deps: {
        replication: await hq.registerBranch('north-1', {
          regionId: 'north',
          nameZh: '长安街支行',
          nameEn: 'Chang’an Avenue',
        }),
      },
    });
    await serve(east, 'c2', 'teller1', 6, 4);
    await serve(east, 'c3', 'teller2', 14, 5);
    await serve(north, 'c2', 'teller1', 3, 6);
    // Two customers still waiting in the east branch, one of them for a while.
    const kiosk = await east.connect(east.deviceToken('kiosk'));
    await east.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
    east.clock.advance(8 * MIN);
    await east.command(kiosk, 'ticket:issue', { laneId: 'B', businessTypeId: 'corp-cash' });
    await vi.waitFor(async () => expect((await hq.row('east-1'))?.servedToday).toBe(2), {
      timeout: 20_000,
      interval: 100,
    });
    await vi.waitFor(async () => expect((await hq.row('north-1'))?.servedToday).toBe(1), {
      timeout: 20_000,
      interval: 100,
    });

    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP hq.lan 127.0.0.1, MAP branch.lan 127.0.0.1'],
      headless: true,
    });
    context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      // Charts are drawn at once (no growing bars in the screenshots), as for the branch's staff pages.
      reducedMotion: 'reduce',
      acceptDownloads: true,
      // The test head office's certificate is made for the run; branches trust it by HQ_CA_FILE.
      ignoreHTTPSErrors: true,
    });
    page = await context.newPage();
    page.on('pageerror', (err) => console.error('[hq page error]', err.message));
    await page.goto(hqUrl('/'));
    await page.getByTestId('signin-username').fill('admin');
    await page.getByTestId('signin-password').fill('hq-test-password-1');
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('grid-page').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await east?.close();
    await north?.close();
    await hq?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('the live grid shows every branch; a region filter narrows it; a call in a branch shows live', async () => {
    await expect.poll(() => page.getByTestId('grid-table').locator('tbody tr.ant-table-row').count()).toBe(2);
    const eastRow = page.getByTestId('grid-row-east-1');
    await expect.poll(() => eastRow.textContent()).toContain('人民路支行');
    await expect.poll(() => eastRow.locator('td').nth(1).textContent()).toBe('2');
    await shot(page, 'hq-grid-zh');

    await page.getByTestId('region-filter').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '华北区' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('grid-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    await expect.poll(() => page.getByTestId('grid-table').textContent()).toContain('长安街支行');
    await page.locator('[data-testid="region-filter"] .ant-select-clear').click({ force: true });
    await expect.poll(() => page.getByTestId('grid-table').locator('tbody tr.ant-table-row').count()).toBe(2);

    // A teller in the east branch calls the next customer: the open drawer follows live.
    await eastRow.click();
    const drawer = page.getByTestId('branch-drawer');
    await drawer.waitFor();
    const teller = await east.connect(await east.login('teller3'));
    await east.command(teller, 'counter:signOn', { counterId: 'c4' });
    const called = await east.command(teller, 'counter:callNext', { counterId: 'c4' });
    if (!called.ok) throw new Error(called.code);
    await expect
      .poll(() => page.getByTestId('drawer-counters').locator('tr', { hasText: '4号窗口' }).textContent(), {
        timeout: 15_000,
      })
      .toContain(called.data.number);
    // Its lanes by name, never by id.
    expect(await page.getByTestId('drawer-counters').locator('tr', { hasText: '4号窗口' }).textContent()).toContain(
      '个人业务 · 贵宾业务',
    );
    await expect.poll(() => eastRow.locator('td').nth(1).textContent()).toBe('1');
    await shot(page, 'hq-drawer-zh');
    await page.keyboard.press('Escape');
  });

  it('reports across branches: table, charts and an Excel export that reads back', async () => {
    await page.goto(hqUrl(`/#reports?period=day&day=${DAY}&group=branch`));
    await page.getByTestId('reports-page').waitFor();
    const table = page.getByTestId('report-table');
    await expect.poll(() => table.textContent()).toContain('人民路支行');
    await expect
      .poll(() => table.locator('tr', { hasText: '长安街支行' }).locator('td').nth(1).textContent())
      .toBe('1');
    await page.getByTestId('chart-waits').locator('canvas').waitFor();
    await shot(page, 'hq-reports-zh');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()]);
    const path = join(downloads, 'report.xlsx');
    await file.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const rows = wb.worksheets[0]!.getSheetValues().flatMap((r) => (Array.isArray(r) ? [r.slice(1)] : []));
    const eastLine = rows.find((r) => String(r[0]).includes('east-1'));
    expect(eastLine?.[1]).toBe(4); // issued: 2 served + 2 waiting in the morning, 1 since called
    expect(rows.some((r) => r[0] === '合计')).toBe(true);
  });

  it('scorecard and catalogue pages', async () => {
    await page.goto(hqUrl('/#kpi?month=2026-11'));
    await expect.poll(() => page.getByTestId('kpi-table').locator('tbody tr.ant-table-row').count()).toBe(2);
    await shot(page, 'hq-kpi-zh');
    await hq.api('/catalogue', {
      method: 'POST',
      body: JSON.stringify({
        note: '2027 目标',
        template: catalogueTemplateFrom(east.app.ctx.config()),
      }),
    });
    await page.goto(hqUrl('/#catalogue'));
    await expect
      .poll(() => page.getByTestId('catalogue-v1').textContent(), { timeout: 20_000 })
      .toContain('待网点确认 2');
    await shot(page, 'hq-catalogue-zh');
  });

  it('in English', async () => {
    await page.goto(hqUrl('/#grid'));
    await page.getByTestId('lang-switch').getByText('EN').click();
    await expect.poll(() => page.getByTestId('grid-summary').textContent()).toContain('branches');
    await expect.poll(() => page.getByTestId('grid-table').textContent()).toContain('Renmin Road');
    await shot(page, 'hq-grid-en');
    await page.getByTestId('grid-row-east-1').click();
    await page.getByTestId('branch-drawer').waitFor();
    await expect.poll(() => page.getByTestId('branch-drawer').textContent()).toContain('Counters');
    await shot(page, 'hq-drawer-en');
    await page.keyboard.press('Escape');
    await page.goto(hqUrl(`/#reports?period=week&day=${DAY}&group=region`));
    await expect.poll(() => page.getByTestId('report-table').textContent()).toContain('North');
    await expect
      .poll(() => page.locator('[data-testid=reports-page] .ant-picker input').inputValue())
      .toBe('2026 week 48');
    await shot(page, 'hq-reports-en');
    await page.goto(hqUrl('/#catalogue'));
    await expect
      .poll(() => page.getByTestId('catalogue-v1').textContent(), { timeout: 20_000 })
      .toContain('waiting for the branch');
    await expect
      .poll(() => page.getByTestId('catalogue-page').locator('th').allTextContents())
      .toEqual(['Branch', 'Decision', 'Reason', 'Reported']);
    await shot(page, 'hq-catalogue-en');
    await page.goto(hqUrl('/#kpi?month=2026-11'));
    await expect.poll(() => page.getByTestId('kpi-table').locator('tbody tr.ant-table-row').count()).toBe(2);
    await expect.poll(() => page.getByTestId('kpi-table').locator('th').allTextContents()).toContain('Satisfaction');
    await shot(page, 'hq-kpi-en');
  });

  it('a chart grows when its figures arrive, and a language switch relabels it without growing it again', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    try {
      await page.goto(hqUrl(`/#reports?period=day&day=${DAY}&group=branch`));
      const chart = page.getByTestId('chart-waits');
      await expect.poll(() => page.getByTestId('report-table').textContent()).toContain('Renmin Road');
      await expect.poll(() => chart.getAttribute('data-animated')).toBe('true');
      await page.getByTestId('lang-switch').getByText('中文').click();
      await expect.poll(() => page.getByTestId('report-table').textContent()).toContain('人民路支行');
      expect(await chart.getAttribute('data-animated')).toBe('false');
    } finally {
      await page.emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it("the branch admin's head-office tab, in Chinese and English", async () => {
    const branchPage = await context.newPage();
    await branchPage.goto(`http://branch.lan:${east.port}/admin#headOffice`);
    await branchPage.getByLabel('用户名').fill('admin');
    await branchPage.getByLabel('密码').fill('admin123');
    await branchPage.getByRole('button', { name: /登\s*录/ }).click();
    await branchPage.getByTestId('head-office-page').waitFor();
    await expect
      .poll(() => branchPage.getByTestId('hq-catalogue-pending').textContent(), { timeout: 20_000 })
      .toContain('v1');
    await shot(branchPage, 'hq-branch-admin-zh');
    await branchPage.getByTestId('hq-catalogue-confirm').click();
    await expect.poll(() => branchPage.getByTestId('hq-catalogue-version').textContent()).toBe('v1');
    await branchPage.getByTestId('language-switch').click();
    await expect
      .poll(() => branchPage.getByTestId('head-office-page').textContent())
      .toContain('Head-office catalogue');
    await shot(branchPage, 'hq-branch-admin-en');
    await expect
      .poll(
        async () =>
          (
            await hq.api<{ version: number; adoptions: { branchId: string; state: string }[] }[]>('/catalogue')
          )[0]?.adoptions.find((a) => a.branchId === 'east-1')?.state,
        { timeout: 20_000 },
      )
      .toBe('adopted');
    await branchPage.close();
  });
});
