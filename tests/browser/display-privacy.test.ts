import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser } from '../support/browser-skip.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { FloorDriver, launchBrowser, openDisplay } from './display-harness.ts';

/**
 * Privacy of the public projection (docs/domain.md §8): every raw websocket frame the display
 * receives is collected while a VIP, a priority-group customer and a transferred,
 * annotated, suspended ticket go through the floor. None of it may carry customer data.
 */
let server: TestServer;
let browser: Browser;
let page: Page;
let floor: FloorDriver;
const frames: string[] = [];

const NOTE = '客户张三携带护照，手机13912345678';
const SUSPEND_NOTE = '缺少营业执照复印件';
const VIP_CARD = '6222020000000002';

describeBrowser('hall display: public projection only', () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    floor = new FloorDriver(server);
    ({ page } = await openDisplay(browser, server, {
      beforeGoto: async (p) => {
        p.on('websocket', (ws) =>
          ws.on('framereceived', (f) =>
            frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8')),
          ),
        );
      },
    }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('receives numbers and counters, never customer data', async () => {
    const lobby = await server.connect(await server.login('lobby'));
    const cmd = async (...args: Parameters<TestServer['command']>) => {
      const ack = await server.command(...args);
      if (!ack.ok) throw new Error(`${args[1]}: ${ack.code}`);
      return ack;
    };
    const vip = await floor.issue('V', 'vip-service', { vipIdentifier: VIP_CARD });
    const elderly = await floor.issue('A', 'wealth', { priorityGroupId: 'elderly' });
    await floor.issue('B', 'corp-account');

    // The elderly customer: called, noted, transferred, suspended, resumed, called again.
    const teller = await floor.teller('c2');
    const called = await cmd(teller, 'counter:callNext', { counterId: 'c2' });
    const ticketId = (called.data as { id: string }).id;
    await cmd(teller, 'ticket:addNote', { ticketId, text: NOTE });
    await cmd(teller, 'ticket:start', { counterId: 'c2' });
    await cmd(teller, 'ticket:suspend', { counterId: 'c2', note: SUSPEND_NOTE });
    await cmd(lobby, 'ticket:resume', { ticketId, mode: 'front', reason: '材料已补齐' });
    await cmd(lobby, 'ticket:transfer', {
      ticketId,
      to: { kind: 'lane', laneId: 'V', position: 'first' },
      note: '转贵宾窗口',
    });
    await floor.callNext('c8');
    await floor.callNext('c6');
    await floor.finish('c6', 'corp-account');
    await cmd(lobby, 'hall:broadcast', { text: '请带好随身物品', speak: false });

    await expect.poll(() => page.getByTestId('counter-6').textContent()).not.toContain('B001');
    await page.waitForTimeout(500);
    // The branch configuration (lanes, business types, booking slots…) is the same for every
    // customer and public by nature; so is the forecast's quote table (what a ticket issued now
    // would be told, one row for every lane × priority group × VIP tier, whoever is waiting).
    // What must never appear is data about a customer.
    const quotes = frames.flatMap(newTicketQuotes);
    expect(quotes.length).toBeGreaterThan(0);
    for (const row of quotes) {
      expect(Object.keys(row).sort()).toEqual(['ahead', 'estimate', 'laneId', 'priorityGroupId', 'vipTierId']);
    }
    const all = frames.map(withoutBranchConfig).join('\n');
    // The display did receive the floor…
    expect(all).toContain(vip);
    expect(all).toContain(elderly);
    expect(all).toContain('ticket:called');
    // …and nothing about who the customers are or what they came for.
    for (const forbidden of [
      'vipTierId',
      'priorityGroupId',
      '"notes"',
      '"redirects"',
      'businessTypeId',
      'servedBusinessTypeIds',
      'tellerName',
      'tellerId',
      'actorId',
      'suspendedByCounterId',
      NOTE,
      SUSPEND_NOTE,
      '材料已补齐',
      '转贵宾窗口',
      VIP_CARD,
      '13912345678',
    ]) {
      expect(all.includes(forbidden), `a frame contains ${forbidden}`).toBe(false);
    }
    // Teller names (柜员N) identify staff; the config's "自动柜员机" is a machine, not a person.
    expect(/柜员\d/.test(all), 'a frame names a teller').toBe(false);
    // Every queue event frame is the public projection.
    const events = frames
      .filter((f) => f.startsWith('42'))
      .map((f) => JSON.parse(f.slice(2)) as [string, { audience?: string }]);
    const queueEvents = events.filter(([, body]) => body && typeof body === 'object' && 'audience' in body);
    expect(queueEvents.length).toBeGreaterThan(5);
    expect(queueEvents.every(([, body]) => body.audience === 'public')).toBe(true);
  });
});

/** The rows of every `newTickets` quote table in a socket.io frame. */
function newTicketQuotes(frame: string): Record<string, unknown>[] {
  const m = /^\d+(\[.*)$/s.exec(frame);
  if (!m) return [];
  const rows: Record<string, unknown>[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (k === 'newTickets' && Array.isArray(x)) rows.push(...(x as Record<string, unknown>[]));
        else walk(x);
      }
    }
  };
  walk(JSON.parse(m[1]!));
  return rows;
}

/** A socket.io frame with every `config` object (the branch configuration) and quote table taken out. */
function withoutBranchConfig(frame: string): string {
  const m = /^(\d+)(\[.*)$/s.exec(frame);
  if (!m) return frame;
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([k]) => k !== 'config' && k !== 'newTickets')
          .map(([k, x]) => [k, strip(x)]),
      );
    }
    return v;
  };
  return m[1]! + JSON.stringify(strip(JSON.parse(m[2]!)));
}
