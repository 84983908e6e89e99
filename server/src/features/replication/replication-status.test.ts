import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { HqSender } from './hq-sender.ts';
import type { HqClient } from './hq-client.ts';
import type { OutboxStore } from '../../store/replication-outbox-store.ts';
import { replicationAlert, type StatusFigures } from './replication-status.ts';

const healthy: StatusFigures = {
  lastOkAt: 1000,
  lastError: null,
  failures: 0,
  pending: 0,
  oldestPendingAt: null,
  unprojected: 0,
  outboxFull: false,
};

describe('replication alert for the branch admin', () => {
  it('says nothing while head office keeps up', () => {
    expect(replicationAlert({ ...healthy, pending: 5, oldestPendingAt: 900 }, 2000, 60_000)).toBeNull();
  });
  it('head office unreachable once facts wait longer than the alert delay', () => {
    expect(replicationAlert({ ...healthy, pending: 5, oldestPendingAt: 0, failures: 3 }, 61_000, 60_000)).toBe(
      'hq_unreachable',
    );
  });
  it('backlog full when the outbox is at its bound and the event log holds more', () => {
    expect(
      replicationAlert({ ...healthy, pending: 9, oldestPendingAt: 0, unprojected: 40, outboxFull: true }, 1, 60_000),
    ).toBe('backlog_full');
  });
  it('head office refusing the branch key', () => {
    expect(
      replicationAlert({ ...healthy, failures: 1, lastError: 'head office refused the branch key (401)' }, 1, 60_000),
    ).toBe('hq_refused');
  });
});

describe('sender backoff', () => {
  const sender = (random: () => number) =>
    new HqSender(
      {} as OutboxStore,
      {} as HqClient,
      () => 0,
      pino({ level: 'silent' }),
      {
        branchId: () => 'b',
        batchFacts: 1,
        batchBytes: 1,
        backoffMinMs: 500,
        backoffMaxMs: 60_000,
        heartbeatMs: 1,
        backlog: () => ({ pending: 0, unprojected: 0, oldestAt: null, bytes: 0 }),
        onCatalogueVersion: () => undefined,
        afterExchange: async () => undefined,
      },
      random,
    );

  it('doubles per failure up to the ceiling, jittered in the upper half', () => {
    const low = sender(() => 0);
    const high = sender(() => 0.999999);
    expect([1, 2, 3, 4].map((a) => low.backoffMs(a))).toEqual([250, 500, 1000, 2000]);
    expect([1, 2, 3, 4].map((a) => high.backoffMs(a))).toEqual([500, 1000, 2000, 4000]);
    expect(high.backoffMs(30)).toBe(60_000);
    expect(low.backoffMs(30)).toBe(30_000);
  });
});
