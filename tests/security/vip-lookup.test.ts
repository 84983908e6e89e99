import type { Alert } from '@lobby/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_VIPS } from '../../server/src/seed/demo-seed.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { pairDevice } from './support/devices.ts';
import { ProbeTally } from './support/probe-tally.ts';

/**
 * Finding 1: `vip:lookup` had no limit — 400 lookups of 138000xxxxx from one kiosk token
 * took 0.6 s, all answered, and found the demo VIP phones. Now each device gets 10 a minute,
 * then a block that doubles on every repeat; the lobby is alerted; hits and misses do the
 * same work and answer after the same fixed floor.
 */
const tally = new ProbeTally(import.meta.filename);
afterAll(() => tally.report());

const FLOOR_MS = 150;
const phone = (i: number) => `138000${String(i).padStart(5, '0')}`;

describe('a kiosk enumerating phone numbers', () => {
  let server: TestServer;
  let kiosk: LobbySocket;
  let lobby: LobbySocket;
  const alerts: Alert[][] = [];

  beforeAll(async () => {
    server = await startTestServer({ deps: { vipLookup: { floorMs: FLOOR_MS } } });
    kiosk = await server.connect(server.deviceToken('kiosk'));
    lobby = await server.connect(await server.login('lobby'));
    lobby.on('alerts:updated', (list) => alerts.push(list));
  });
  afterAll(async () => server?.close());

  test('400 lookups: ten answered, the rest refused with a wait, no VIP found past the limit', async () => {
    const answers = [];
    // The first dozen one by one, the rest at once (as a script would).
    for (let i = 0; i < 12; i++) answers.push(await server.command(kiosk, 'vip:lookup', { vipIdentifier: phone(i) }));
    answers.push(
      ...(await Promise.all(
        Array.from({ length: 388 }, (_, k) => server.command(kiosk, 'vip:lookup', { vipIdentifier: phone(12 + k) })),
      )),
    );
    const answered = answers.filter((a) => a.ok);
    const refused = answers.filter((a) => !a.ok);
    for (const a of answers) tally.record('vip:lookup enumeration from one kiosk', !a.ok);
    expect(answered).toHaveLength(10);
    expect(refused).toHaveLength(390);
    for (const r of refused) {
      expect(r).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
      expect((r as { retryAfterSec: number }).retryAfterSec).toBeGreaterThan(0);
    }
    // 13800000001 and …02 are demo VIPs: found only because they are among the first ten.
    const found = answered.filter((a) => a.ok && a.data.tierId !== null);
    expect(found).toHaveLength(2);
  });

  test('the lobby is alerted, naming the kiosk', async () => {
    await expect.poll(() => alerts.at(-1)?.find((a) => a.kind === 'vip_lookup_burst'), { timeout: 5000 }).toBeDefined();
    const alert = alerts.at(-1)!.find((a) => a.kind === 'vip_lookup_burst')!;
    expect(alert.message.zh).toContain('大堂取号机');
    expect(alert.message.en).toMatch(/VIP look-?ups/i);
    // Staff snapshots carry it too (a console that connects later sees it).
    const snap = await server.command(lobby, 'snapshot:get', {});
    expect(
      snap.ok && snap.data.audience === 'staff' && snap.data.alerts.some((a) => a.kind === 'vip_lookup_burst'),
    ).toBe(true);
  });

  test('another device is not affected', async () => {
    const other = await server.connect((await pairDevice(server, 'kiosk', '二号取号机')).token);
    expect(await server.command(other, 'vip:lookup', { vipIdentifier: DEMO_VIPS[0].identifier })).toMatchObject({
      ok: true,
      data: { tierId: DEMO_VIPS[0].tierId },
    });
  });

  test('the block doubles when the device comes back and floods again', async () => {
    const first = await server.command(kiosk, 'vip:lookup', { vipIdentifier: phone(500) });
    const firstWait = (first as { retryAfterSec: number }).retryAfterSec;
    expect(firstWait).toBeGreaterThan(0);
    server.clock.advance(firstWait * 1000 + 1000);
    const again = [];
    for (let i = 0; i < 11; i++)
      again.push(await server.command(kiosk, 'vip:lookup', { vipIdentifier: phone(600 + i) }));
    expect(again.slice(0, 10).every((a) => a.ok)).toBe(true);
    const second = again[10] as { ok: boolean; retryAfterSec: number };
    expect(second).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(second.retryAfterSec).toBeGreaterThanOrEqual(2 * 60 - 1);
  });
});

describe('hits and misses take the same time', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ deps: { vipLookup: { floorMs: FLOOR_MS, perWindow: 1000 } } });
  });
  afterAll(async () => server?.close());

  function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)]!;
  }

  test('every answer, hit or miss, comes after the same floor; the medians are printed', async () => {
    const kiosk = await server.connect(server.deviceToken('kiosk'));
    const hits: number[] = [];
    const misses: number[] = [];
    for (let i = 0; i < 10; i++) {
      for (const [list, id] of [
        [hits, DEMO_VIPS[i % DEMO_VIPS.length]!.identifier],
        [misses, phone(900 + i)],
      ] as const) {
        const t0 = performance.now();
        const ack = await server.command(kiosk, 'vip:lookup', { vipIdentifier: id });
        list.push(performance.now() - t0);
        expect(ack.ok).toBe(true);
        expect(ack.ok && ack.data.tierId !== null).toBe(list === hits);
      }
    }
    console.log(
      `vip:lookup latency: hits median ${median(hits).toFixed(1)} ms, misses median ${median(misses).toFixed(1)} ms, floor ${FLOOR_MS} ms`,
    );
    // A lower bound only: the server waits out the floor before answering, so this cannot flake.
    for (const ms of [...hits, ...misses]) {
      tally.record('vip:lookup answered before the timing floor', ms >= FLOOR_MS);
      expect(ms).toBeGreaterThanOrEqual(FLOOR_MS);
    }
  });
});
