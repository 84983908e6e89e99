import { chromiumAvailable, CHROMIUM_PATH } from './browser.ts';
import { ensureAppsBuilt } from './built-apps.ts';

/**
 * Say loudly when browser tests cannot run (in CI a missing Chromium fails the run);
 * otherwise make sure the web apps under test are built, once for the whole run.
 */
export default function setup(): void {
  if (chromiumAvailable()) {
    ensureAppsBuilt();
    return;
  }
  const banner = [
    '',
    '!'.repeat(78),
    `!!  BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH}.`,
    '!!  Install it with:  sudo apt-get install -y chromium fonts-noto-cjk poppler-utils',
    '!!  (or set CHROMIUM_PATH). .ci/run installs it and makes these tests mandatory.',
    '!'.repeat(78),
    '',
  ].join('\n');
  if (process.env.CI) throw new Error(`Chromium is required in CI.${banner}`);
  console.warn(banner);
}
