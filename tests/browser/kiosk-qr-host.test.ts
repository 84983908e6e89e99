import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { describeBrowser } from '../support/browser-skip.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { screenshot } from '../support/browser.ts';
import { QR_IMAGE_OPTIONS } from '../../kiosk/src/logic/qr-image.ts';
import { confirmTicket, launchBrowser, openKiosk, printCalls, shot, walkSoftLane } from './kiosk-harness.ts';

/**
 * 19.13: the ticket QR takes the branch's public mobile address, never the loopback address
 * the kiosk page happens to be opened at. Opened at http://127.0.0.1 with no public address,
 * the kiosk tells staff and prints the ticket without a QR code.
 */
const PUBLIC_BASE = 'https://m.bank.example/branch-0101';

/** The mobile ticket paths the server sent this page (in the issue acks over the socket). */
function recordMobilePaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('websocket', (ws) =>
    ws.on('framereceived', ({ payload }) => {
      for (const m of String(payload).matchAll(/"mobilePath":"(\/t\/[A-Za-z0-9_-]+)"/g)) if (m[1]) paths.push(m[1]);
    }),
  );
  return paths;
}

/** Whether two PNG data URLs draw the same pixels (the page's canvas and Node's encoder write different bytes). */
function samePixels(page: Page, a: string, b: string): Promise<boolean> {
  return page.evaluate(
    async ([x, y]) => {
      const pixels = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(img, 0, 0);
        return {
          w: img.naturalWidth,
          h: img.naturalHeight,
          data: ctx.getImageData(0, 0, canvas.width, canvas.height).data,
        };
      };
      const [p, q] = [await pixels(x), await pixels(y)];
      return p.w === q.w && p.h === q.h && p.data.every((v, i) => v === q.data[i]);
    },
    [a, b] as const,
  );
}

describeBrowser('kiosk: the ticket QR host', () => {
  let plain: TestServer;
  let published: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    plain = await startTestServer();
    published = await startTestServer({
      config: (c) => ({ ...c, branch: { ...c.branch, mobileBaseUrl: PUBLIC_BASE } }),
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await plain?.close();
    await published?.close();
  });

  it('opened at 127.0.0.1 with no public address: a staff notice on the welcome screen, the ticket without a QR', async () => {
    const { context, page } = await openKiosk(browser, plain, { baseUrl: plain.url });
    const warning = page.getByTestId('qr-host-warning');
    await expect.poll(() => warning.textContent()).toContain(`127.0.0.1:${plain.port}`);
    expect(await warning.textContent()).toContain('手机查号地址');
    // In a corner, not across the customers' choices.
    const box = await warning.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y + box.height > viewport.height * 0.85).toBe(true);
    await shot(page, 'qr-host-warning-zh');
    await page.locator('.lang-button').click();
    await expect.poll(() => warning.textContent()).toContain('Mobile ticket address');
    await shot(page, 'qr-host-warning-en');
    await page.locator('.lang-button').click();
    await expect.poll(() => warning.textContent()).toContain('手机查号地址');

    await walkSoftLane(page, 'lane-personal', 'cash', null);
    const number = await confirmTicket(page, 'qr-host-no-qr');
    expect(number).toMatch(/^A\d{3}$/);
    expect(await page.getByTestId('ticket-qr').count()).toBe(0);
    expect(await page.getByTestId('print-ticket-qr').count()).toBe(0);
    const paper = (await page.getByTestId('print-ticket').textContent()) ?? '';
    expect(paper).toContain(number);
    expect(paper).toContain('取号时间');
    expect(paper).not.toContain('扫码');
    expect(await printCalls(page)).toBe(1);
    await context.close();
  });

  it('the pairing screen says so when it is opened at 127.0.0.1, and not at the branch’s LAN name', async () => {
    for (const [base, warned] of [
      [plain.url, true],
      [plain.webUrl, false],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${base}/kiosk/`);
      await page.getByTestId('unpaired-screen').waitFor();
      const warning = page.getByTestId('pairing-qr-warning');
      if (warned) {
        expect(await warning.textContent()).toContain(`127.0.0.1:${plain.port}`);
        expect(await warning.textContent()).toContain('不带二维码');
        await shot(page, 'pairing-qr-warning-zh');
      } else {
        expect(await warning.count()).toBe(0);
      }
      await context.close();
    }
  });

  it('the admin’s devices page names a kiosk whose tickets carry no QR code, and only while no public address is set', async () => {
    // The first test opened plain's kiosk at 127.0.0.1; published's kiosk opens there too.
    const { context: kiosk } = await openKiosk(browser, published, { baseUrl: published.url });
    const devicesPage = async (server: TestServer, lang: 'zh' | 'en') => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${server.webUrl}/admin`);
      await page.getByLabel('用户名').fill('admin');
      await page.getByLabel('密码').fill('admin123');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      await page.getByTestId('admin-tab-staff').click();
      await page.getByTestId('device-pair').waitFor();
      return page;
    };
    const page = await devicesPage(plain, 'zh');
    const warning = page.getByTestId('devices-qr-warning');
    await expect.poll(() => warning.textContent().catch(() => '')).toContain(`http://127.0.0.1:${plain.port}`);
    expect(await warning.textContent()).toContain('1 台取号机打印的号票不带二维码');
    expect(await page.locator('[data-testid^="device-noqr-"]').count()).toBe(1);
    await page.getByTestId('devices-qr-warning').scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-devices-qr-warning');
    await page.context().close();
    const en = await devicesPage(plain, 'en');
    await expect
      .poll(() =>
        en
          .getByTestId('devices-qr-warning')
          .textContent()
          .catch(() => ''),
      )
      .toContain('1 kiosk prints tickets without a QR code');
    await screenshot(en, 'admin-devices-qr-warning-en');
    await en.context().close();

    const withBase = await devicesPage(published, 'zh');
    await withBase.locator('.ant-table-row').first().waitFor();
    expect(await withBase.getByTestId('devices-qr-warning').count()).toBe(0);
    await withBase.context().close();
    await kiosk.close();
  });

  it('opened at 127.0.0.1 with a public address: no notice, and the QR encodes the public address', async () => {
    const { context, page } = await openKiosk(browser, published, { baseUrl: published.url });
    const paths = recordMobilePaths(page);
    await page.getByTestId('zone-soft').waitFor();
    expect(await page.getByTestId('qr-host-warning').count()).toBe(0);
    await walkSoftLane(page, 'lane-personal', 'cash', null);
    await confirmTicket(page, 'qr-host-public');
    expect(paths).toHaveLength(1);
    const path = paths[0] ?? '';
    const onScreen = (await page.getByTestId('ticket-qr').getAttribute('src')) ?? '';
    expect(await page.getByTestId('print-ticket-qr').getAttribute('src')).toBe(onScreen);
    const publicQr = await QRCode.toDataURL(`${PUBLIC_BASE}${path}`, QR_IMAGE_OPTIONS);
    const loopbackQr = await QRCode.toDataURL(`${published.url}${path}`, QR_IMAGE_OPTIONS);
    expect(await samePixels(page, onScreen, publicQr)).toBe(true);
    // The comparison tells codes apart: the page's own (loopback) address draws another one.
    expect(await samePixels(page, onScreen, loopbackQr)).toBe(false);
    await context.close();
  });
});
