import { expect } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { isRestrictedLane } from '@lobby/shared';
import type { LobbySocket, TestServer } from '../support/server.ts';

/**
 * Shared by the display-*.test.ts files: opens the built display board at 1920×1080
 * paired with the demo display token, and reads the announcement log it exposes.
 */
/** The one Chromium launcher (tests/support/browser.ts). */
export { launchChromium as launchBrowser } from '../support/browser.ts';

export interface LoggedAnnouncement {
  id: number;
  kind: 'call' | 'recall' | 'message' | 'emergency';
  text: string;
  at: number;
  endedAt: number | null;
  outcome: string | null;
  engine: string | null;
  /** Length of the audio played (chime, words, pauses), from the clips; null for Web Speech. */
  audioMs?: number | null;
}

export async function openDisplay(
  browser: Browser,
  server: TestServer,
  opts: {
    lanes?: string;
    lang?: 'zh' | 'en';
    beforeGoto?: (page: Page, context: BrowserContext) => Promise<void>;
  } = {},
): Promise<{ context: BrowserContext; page: Page; failedRequests: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const failedRequests: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failedRequests.push(`failed ${r.url()}`));
  await opts.beforeGoto?.(page, context);
  const q = new URLSearchParams({ device: server.deviceToken('display') });
  if (opts.lanes) q.set('lanes', opts.lanes);
  if (opts.lang) q.set('lang', opts.lang);
  await page.goto(`${server.webUrl}/display/?${q.toString()}`);
  await page.locator('[data-testid="board"], [data-testid="emergency"]').first().waitFor();
  return { context, page, failedRequests };
}

export function announcements(page: Page): Promise<LoggedAnnouncement[]> {
  return page.evaluate(() => (window as unknown as { __announcements?: LoggedAnnouncement[] }).__announcements ?? []);
}

/** Waits until every logged announcement has finished and at least `count` exist. */
export async function waitForAnnouncements(
  page: Page,
  count: number,
  timeoutMs = 60_000,
): Promise<LoggedAnnouncement[]> {
  await expect
    .poll(
      async () => {
        const log = await announcements(page);
        return log.length >= count && log.every((a) => a.endedAt !== null);
      },
      { timeout: timeoutMs, interval: 250 },
    )
    .toBe(true);
  return announcements(page);
}

/** A seeded kiosk and per-counter teller sockets that drive the floor. */
export class FloorDriver {
  private readonly tellers = new Map<string, LobbySocket>();
  private kiosk: LobbySocket | null = null;
  private lobby: LobbySocket | null = null;

  private readonly server: TestServer;

  constructor(server: TestServer) {
    this.server = server;
  }

  async issue(
    laneId: string,
    businessTypeId: string,
    extra: { priorityGroupId?: string | null; vipIdentifier?: string | null } = {},
  ): Promise<string> {
    this.kiosk ??= await this.server.connect(this.server.deviceToken('kiosk'));
    // The VIP lane takes a kiosk's VIP proof or a staff issuer: without a number, the lobby issues.
    const staffIssued = !extra.vipIdentifier && isRestrictedLane(this.server.app.ctx.config(), laneId);
    if (staffIssued) this.lobby ??= await this.server.connect(await this.server.login('lobby'));
    const ack = await this.server.command(staffIssued ? this.lobby! : this.kiosk, 'ticket:issue', {
      laneId,
      businessTypeId,
      priorityGroupId: extra.priorityGroupId ?? null,
      vipProof: extra.vipIdentifier ? await this.server.vipProof(this.kiosk, extra.vipIdentifier) : null,
    });
    if (!ack.ok) throw new Error(`issue ${laneId}: ${ack.code}`);
    return ack.data.ticket.number;
  }

  /** Teller N signed on to counter cN. */
  async teller(counterId: string): Promise<LobbySocket> {
    let socket = this.tellers.get(counterId);
    if (!socket) {
      socket = await this.server.connect(await this.server.login(`teller${counterId.slice(1)}`));
      const ack = await this.server.command(socket, 'counter:signOn', { counterId });
      if (!ack.ok) throw new Error(`signOn ${counterId}: ${ack.code}`);
      this.tellers.set(counterId, socket);
    }
    return socket;
  }

  async callNext(counterId: string): Promise<string> {
    const ack = await this.server.command(await this.teller(counterId), 'counter:callNext', { counterId });
    if (!ack.ok) throw new Error(`callNext ${counterId}: ${ack.code}`);
    return ack.data.number;
  }

  async recall(counterId: string): Promise<void> {
    const ack = await this.server.command(await this.teller(counterId), 'ticket:recall', { counterId });
    if (!ack.ok) throw new Error(`recall ${counterId}: ${ack.code}`);
  }

  async finish(counterId: string, businessTypeId: string): Promise<void> {
    const socket = await this.teller(counterId);
    const started = await this.server.command(socket, 'ticket:start', { counterId });
    if (!started.ok) throw new Error(`start ${counterId}: ${started.code}`);
    const done = await this.server.command(socket, 'ticket:finish', {
      counterId,
      outcome: 'served',
      servedBusinessTypeIds: [businessTypeId],
    });
    if (!done.ok) throw new Error(`finish ${counterId}: ${done.code}`);
  }
}
