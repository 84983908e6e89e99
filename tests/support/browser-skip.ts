import { describe } from 'vitest';
import { chromiumAvailable } from './browser.ts';

/** `describeBrowser(...)` = describe, or describe.skip where Chromium is missing (never in CI). */
export const describeBrowser = chromiumAvailable() || process.env.CI ? describe : describe.skip;
