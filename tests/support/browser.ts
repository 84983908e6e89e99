import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BRANCH_HOST } from './branch-host.ts';

/**
 * Headless Debian Chromium for browser tests. Where it is missing the tests are skipped
 * with a loud message, except in CI (CI=true) where .ci/run installs it and a missing
 * browser is a failure.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Unattended hall screens: sound must play without a user gesture.
  '--autoplay-policy=no-user-gesture-required',
  // Every surface is opened as a branch PC opens it: by a LAN name over plain http, which
  // is NOT a secure context (127.0.0.1 and localhost are) — see TestServer.webUrl.
  `--host-resolver-rules=MAP ${BRANCH_HOST} 127.0.0.1`,
];

/** Playwright gives every launch its own fresh temporary profile, so no --user-data-dir here. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Screenshots are kept as test artifacts (git-ignored) so a person can look at them. */
export const ARTIFACT_DIR = resolve(import.meta.dirname, '..', '..', 'test-artifacts');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACT_DIR, { recursive: true });
  const path = join(ARTIFACT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
  /** The PC's own zone; a branch's PCs are usually in the branch's zone, but not always. */
  timezoneId = 'Asia/Shanghai',
): Promise<{ context: BrowserContext; page: Page }> {
  // Reduced motion turns the staff app's antd animations off: tests wait for states, not for animations.
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  return { context, page };
}
