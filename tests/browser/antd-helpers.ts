import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Waits until the open dialog has finished its zoom-in: clicks during the animation land on moving targets. */
export async function dialogSettled(page: Page): Promise<void> {
  await page.locator('.ant-modal-wrap:visible .ant-modal').first().waitFor();
  await expect.poll(() => page.locator('.ant-modal-wrap:visible .ant-modal[class*="zoom"]').count()).toBe(0);
}

/**
 * Picks an option of an antd select. Under CI load a click can reach the list while it is still
 * sliding in and be dropped by antd; the choice is then retried, and the test still fails if the
 * select never shows it.
 */
export async function pickOption(page: Page, selectTestId: string, optionText: string): Promise<void> {
  const select = page.getByTestId(selectTestId);
  const openList = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 1; ; attempt++) {
    if ((await openList.count()) === 0) await select.click();
    await openList.locator('.ant-select-item-option', { hasText: optionText }).first().click();
    try {
      await expect.poll(() => select.textContent(), { timeout: 3000 }).toContain(optionText);
      break;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
  // Wait for the list to close, so the next select is not clicked under it.
  await expect.poll(() => openList.count()).toBe(0);
}
