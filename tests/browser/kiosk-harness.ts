import { expect } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { StaffSnapshot, TicketStaffView } from '@lobby/shared';
import { screenshot } from '../support/browser.ts';
import type { LobbySocket, TestServer } from '../support/server.ts';

/**
 * Shared by the kiosk-*.test.ts and mobile-ticket*.test.ts files: opens the built kiosk
 * paired with the demo kiosk token and an emulated Electron preload bridge that records
 * print calls, and reads the server's queue through a staff socket.
 */
/** The one Chromium launcher (tests/support/browser.ts). */
export { launchChromium as launchBrowser } from '../support/browser.ts';

export const PORTRAIT = { width: 1080, height: 1920 };
export const LANDSCAPE = { width: 1920, height: 1080 };

/** What the Electron preload would expose; every print call is recorded on the page. */
function emulateBridge() {
  const w = window as unknown as { __prints: number[]; kioskBridge: unknown };
  w.__prints = [];
  w.kioskBridge = {
    print: async () => {
      w.__prints.push(Date.now());
      return { ok: true };
    },
    deviceInfo: async () => ({ deviceId: 'test-kiosk', printerName: 'Test-80mm', version: '0.0.0' }),
  };
}

export async function openKiosk(
  browser: Browser,
  server: TestServer,
  /** baseUrl: where the kiosk page is opened (default the LAN name, server.webUrl). */
  /** screens: record every screen shown (read with `screensShown`). */
  opts: { viewport?: { width: number; height: number }; bridge?: boolean; baseUrl?: string; screens?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? LANDSCAPE,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  if (opts.bridge !== false) await page.addInitScript(emulateBridge);
  if (opts.screens) await recordScreens(page);
  await page.goto(`${opts.baseUrl ?? server.webUrl}/kiosk/?device=${encodeURIComponent(server.deviceToken('kiosk'))}`);
  return { context, page };
}

export function printCalls(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __prints?: number[] }).__prints?.length ?? 0);
}

/** Screenshot of a step, which also checks every visible button is a big enough touch target. */
export async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, `kiosk-${name}`);
  const small = await page.evaluate((min) => {
    return Array.from(document.querySelectorAll('button'))
      .map((b) => ({ text: b.textContent ?? '', box: b.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.width < min || box.height < min)
      .map(({ text, box }) => `${text.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`);
  }, MIN_TOUCH_PX);
  expect(small, `touch targets under ${MIN_TOUCH_PX} px on ${name}`).toEqual([]);
}

const MIN_TOUCH_PX = 64;

/** Tap through to the confirm screen of a soft-zone lane (personal / business). */
export async function walkSoftLane(
  page: Page,
  laneTestId: 'lane-personal' | 'lane-business',
  businessTypeId: string,
  priority: string | null,
  name?: string,
): Promise<void> {
  await page.getByTestId('zone-soft').click();
  if (name) await shot(page, `${name}-1-customer-type`);
  await page.getByTestId(laneTestId).click();
  await chooseBusinessAndPriority(page, businessTypeId, priority, name);
}

/** The kiosk step on show (`data-step` of the screen root), once the screen has changed from `from`. */
async function stepAfter(page: Page, from: string | null): Promise<string> {
  const handle = await page.waitForFunction((prev) => {
    const step = document.querySelector('.screen-root')?.getAttribute('data-step') ?? null;
    return step !== null && step !== prev ? step : null;
  }, from);
  return (await handle.jsonValue()) as string;
}

/**
 * From the business-type screen (or wherever the kiosk skipped to: a lane with one business
 * type, nothing left to ask for, no priority question) to the confirm screen.
 */
export async function chooseBusinessAndPriority(
  page: Page,
  businessTypeId: string,
  priority: string | null,
  name?: string,
): Promise<void> {
  let step = await stepAfter(page, 'customerType');
  if (step === 'hardZone' || step === 'vip') step = await stepAfter(page, step);
  if (step === 'businessType') {
    await page.getByTestId(`business-${businessTypeId}`).waitFor();
    if (name) await shot(page, `${name}-1b-business-type`);
    await page.getByTestId(`business-${businessTypeId}`).click();
    step = await stepAfter(page, step);
  }
  if (step === 'materials') {
    if (name) await shot(page, `${name}-2-materials`);
    await page.getByTestId('materials-ready').click();
    step = await stepAfter(page, step);
  }
  if (step === 'priority') {
    if (name) await shot(page, `${name}-3-priority`);
    await page.getByTestId(priority ? `priority-${priority}` : 'priority-skip').click();
  }
  await page.getByTestId('confirm-summary').waitFor();
  if (name) await shot(page, `${name}-4-confirm`);
}

/** Records every kiosk screen shown, in order, from the page's first paint. */
async function recordScreens(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __screens: string[] };
    w.__screens = [];
    const note = () => {
      const step = document.querySelector('.screen-root')?.getAttribute('data-step');
      if (step && w.__screens.at(-1) !== step) w.__screens.push(step);
    };
    new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

export function screensShown(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __screens?: string[] }).__screens ?? []);
}

/** Confirms and waits for the ticket screen; returns the number shown. */
export async function confirmTicket(page: Page, name?: string): Promise<string> {
  await page.getByTestId('issue-ticket').click();
  const number = await page.getByTestId('ticket-number').textContent();
  await page.locator('[data-testid="print-status"][data-status="printed"]').waitFor();
  if (name) await shot(page, `${name}-5-ticket`);
  return (number ?? '').trim();
}

export async function staffTickets(server: TestServer, lobby: LobbySocket): Promise<TicketStaffView[]> {
  const ack = await server.command(lobby, 'snapshot:get', {});
  if (!ack.ok) throw new Error(`snapshot: ${ack.code}`);
  return (ack.data as StaffSnapshot).tickets;
}
