import { expect, test } from 'vitest';
import { BURST_ALERT_HOLD_MS, DEFAULT_VIP_LOOKUP, VipLookupLimiter } from './vip-lookup-limiter.ts';

const MIN = 60_000;

test('ten a minute per device, then a block that doubles on every flood within the hour, capped', () => {
  const l = new VipLookupLimiter(DEFAULT_VIP_LOOKUP);
  let now = 0;
  for (let i = 0; i < 10; i++) expect(l.admit('k1', 'Kiosk', now++).ok).toBe(true);
  expect(l.admit('k1', 'Kiosk', now)).toEqual({ ok: false, retryAfterMs: MIN });
  // Other devices are counted apart.
  expect(l.admit('k2', 'Kiosk 2', now).ok).toBe(true);
  // Still blocked, the wait runs down.
  expect(l.admit('k1', 'Kiosk', now + 30_000)).toEqual({ ok: false, retryAfterMs: 30_000 });
  const blocks: number[] = [];
  for (let flood = 0; flood < 6; flood++) {
    now += (blocks.at(-1) ?? MIN) + 1;
    for (let i = 0; i < 10; i++) expect(l.admit('k1', 'Kiosk', now).ok).toBe(true);
    const refused = l.admit('k1', 'Kiosk', now);
    if (refused.ok) throw new Error('expected a block');
    blocks.push(refused.retryAfterMs);
  }
  expect(blocks).toEqual([2 * MIN, 4 * MIN, 8 * MIN, 15 * MIN, 15 * MIN, 15 * MIN]);
});

test('a window that slides: lookups spread over time are never refused', () => {
  const l = new VipLookupLimiter(DEFAULT_VIP_LOOKUP);
  for (let i = 0; i < 100; i++) expect(l.admit('k1', 'Kiosk', i * 6_001).ok).toBe(true);
  expect(l.bursts(100 * 6_001)).toEqual([]);
});

test('a burst is reported while blocked and for a while after its last refusal', () => {
  const l = new VipLookupLimiter(DEFAULT_VIP_LOOKUP);
  for (let i = 0; i < 13; i++) l.admit('k1', '大堂取号机', 1000);
  expect(l.bursts(1000)).toEqual([
    {
      deviceId: 'k1',
      deviceName: '大堂取号机',
      since: 1000,
      lastRefusedAt: 1000,
      refused: 3,
      blockedUntil: 1000 + MIN,
    },
  ]);
  expect(l.bursts(1000 + BURST_ALERT_HOLD_MS)).toHaveLength(1);
  expect(l.bursts(1000 + MIN + BURST_ALERT_HOLD_MS + 1)).toEqual([]);
});
