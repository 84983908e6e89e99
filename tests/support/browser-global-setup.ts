import { chromiumAvailable, CHROMIUM_PATH } from './browser.ts';

/** Say loudly when browser tests cannot run; in CI a missing Chromium fails the run. */
export default function setup(): void {
  if (chromiumAvailable()) return;
  const banner = [
    '',
    '!'.repeat(78),
    `!!  BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH}.`,
    '!!  Install it with:  sudo apt-get install -y chromium fonts-noto-cjk',
    '!!  (or set CHROMIUM_PATH). .ci/run installs it and makes these tests mandatory.',
    '!'.repeat(78),
    '',
  ].join('\n');
  if (process.env.CI) throw new Error(`Chromium is required in CI.${banner}`);
  console.warn(banner);
}
