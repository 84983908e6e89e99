import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startBenchApp } from '../common/bench-app.ts';
import { summarize, type LatencySummary } from '../common/latency-stats.ts';

/**
 * "Kiosk tap → ticket on screen": the built kiosk in headless Chromium against the real app.
 * Timed inside the page, from the tap on 等待取号/issue to the frame that shows the ticket
 * number (so the socket command, the durable commit and React's render are all in it).
 * Skipped (null) where Chromium is missing.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const KIOSK_DIR = resolve(import.meta.dirname, '..', '..', '..', 'kiosk');

// Page scripts are plain strings: bench has no DOM types, and tsx would wrap functions in helpers the page lacks.
const PRINT_BRIDGE = `window.kioskBridge = {
  print: async () => ({ ok: true }),
  deviceInfo: async () => ({ deviceId: 'bench-kiosk', printerName: 'bench', version: '0' }),
};`;
/** Taps "issue" and resolves with ms until the frame after the ticket number is in the DOM. */
const TAP_AND_TIME = `new Promise((done) => {
  const button = document.querySelector('[data-testid="issue-ticket"]');
  const t0 = performance.now();
  const shown = () => {
    if (document.querySelector('[data-testid="ticket-number"]')) requestAnimationFrame(() => done(performance.now() - t0));
    else requestAnimationFrame(shown);
  };
  button.click();
  requestAnimationFrame(shown);
})`;

export async function benchKioskTap(opts: { taps: number }): Promise<LatencySummary | null> {
  if (!existsSync(CHROMIUM)) return null;
  const webRoot = mkdtempSync(join(tmpdir(), 'lobby-bench-web-'));
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', join(webRoot, 'kiosk', 'dist'), '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: KIOSK_DIR,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'ignore',
    },
  );
  const bench = await startBenchApp({ webRoot });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
    headless: true,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    await page.addInitScript({ content: PRINT_BRIDGE });
    await page.goto(`${bench.url}/kiosk/?device=${encodeURIComponent(bench.deviceToken('kiosk'))}`);
    const samples: number[] = [];
    for (let i = 0; i < opts.taps; i++) {
      await page.getByTestId('zone-soft').click();
      await page.getByTestId('lane-personal').click();
      await page.getByTestId('business-cash').click();
      await page.getByTestId('materials-ready').click();
      await page.getByTestId('priority-skip').click();
      await page.getByTestId('issue-ticket').waitFor();
      samples.push((await page.evaluate(TAP_AND_TIME)) as number);
      await page.getByTestId('ticket-done').click();
    }
    return summarize(samples);
  } finally {
    await browser.close();
    await bench.close();
    rmSync(webRoot, { recursive: true, force: true });
  }
}
