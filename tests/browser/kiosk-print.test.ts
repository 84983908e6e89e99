import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { ARTIFACT_DIR } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { confirmTicket, launchBrowser, openKiosk, printCalls, walkSoftLane } from './kiosk-harness.ts';

/**
 * The paper ticket: rendered to PDF by Chromium at 80 mm wide, rasterised with pdftoppm
 * (poppler-utils) at a thermal printer's 203 dpi, and measured.
 */
const DPI = 203;
const MM_PER_INCH = 25.4;

/** Binary PGM (P5) → width, height, pixels. */
function readPgm(buf: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = buf.subarray(0, 64).toString('latin1');
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error('not a binary PGM');
  const width = Number(match[1]);
  const height = Number(match[2]);
  return { width, height, pixels: new Uint8Array(buf.subarray(match[0].length, match[0].length + width * height)) };
}

describeBrowser('kiosk: the 80 mm printed ticket', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prints through the bridge once, and the print layout is exactly 80 mm wide with the whole ticket on it', async () => {
    const { context, page } = await openKiosk(browser, server, { viewport: { width: 1080, height: 1920 } });
    await walkSoftLane(page, 'lane-personal', 'open-account', 'pregnant');
    const number = await confirmTicket(page);
    expect(await printCalls(page)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    // Only the ticket is printed: the screen UI is hidden in print media.
    expect(await page.locator('.screen-root').isVisible()).toBe(false);
    const ticketPx = await page.getByTestId('print-ticket').evaluate((el) => el.getBoundingClientRect().height);
    const pdf = await page.pdf({
      width: '80mm',
      height: `${Math.ceil(ticketPx) + 4}px`,
      printBackground: true,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
    });

    mkdirSync(ARTIFACT_DIR, { recursive: true });
    const pdfPath = join(ARTIFACT_DIR, 'kiosk-ticket-80mm.pdf');
    writeFileSync(pdfPath, pdf);
    const base = join(ARTIFACT_DIR, 'kiosk-ticket-80mm');
    execFileSync('pdftoppm', ['-r', String(DPI), '-png', '-singlefile', pdfPath, base]);
    execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-singlefile', pdfPath, base]);
    const pages = execFileSync('pdfinfo', [pdfPath]).toString();
    expect(pages).toMatch(/Pages:\s+1\b/);

    const png = readFileSync(`${base}.png`);
    const pngWidth = png.readUInt32BE(16);
    const expectedWidth = (80 / MM_PER_INCH) * DPI;
    // Chromium snaps the page to whole CSS pixels and pdftoppm rounds up: allow 2 px (0.25 mm).
    expect(Math.abs(pngWidth - expectedWidth)).toBeLessThanOrEqual(2);

    const { width, height, pixels } = readPgm(readFileSync(`${base}.pgm`));
    expect(width).toBe(pngWidth);
    let dark = 0;
    let minX = width;
    let maxX = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if ((pixels[y * width + x] ?? 255) < 128) {
          dark++;
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
        }
      }
    }
    // Real content (number, text, QR) and nothing cut at the paper's edges.
    expect(dark).toBeGreaterThan(width * 20);
    expect(minX).toBeGreaterThan(DPI / MM_PER_INCH); // > 1 mm from the left edge
    expect(maxX).toBeLessThan(width - DPI / MM_PER_INCH);
    // The printed ticket carries the number the server issued.
    expect(await page.getByTestId('print-ticket').textContent()).toContain(number);
    await context.close();
  });

  it('without the Electron bridge the kiosk falls back to the browser print dialog', async () => {
    const { context, page } = await openKiosk(browser, server, { bridge: false });
    await page.addInitScript(() => {});
    await page.evaluate(() => {
      const w = window as unknown as { __dialogPrints: number; print: () => void };
      w.__dialogPrints = 0;
      w.print = () => {
        w.__dialogPrints++;
      };
    });
    await walkSoftLane(page, 'lane-personal', 'cash', null);
    await confirmTicket(page);
    expect(await page.evaluate(() => (window as unknown as { __dialogPrints: number }).__dialogPrints)).toBe(1);
    await context.close();
  });
});
