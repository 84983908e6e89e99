import { request } from 'node:https';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describePg } from '../../hq/src/server/testing/test-database.ts';
import { REPLICATION_DEFAULTS } from '../../server/src/features/replication/replication-settings.ts';
import { startTestHq, type TestHq } from '../support/hq.ts';

/**
 * A branch keeps one HTTPS connection to head office and, when quiet, sends a hello every
 * heartbeat. Head office must keep an idle connection open longer than that: with Node's
 * default 5 s, a quiet branch's next batch raced the server closing its socket ("socket hang
 * up"), the sender backed off and started over with a hello — the H2 lag tail.
 */
describePg('head office keeps branch connections open across a heartbeat', () => {
  let hq: TestHq;
  beforeAll(async () => {
    hq = await startTestHq();
  });
  afterAll(async () => {
    await hq.close();
  });

  it('announces and keeps an idle keep-alive longer than the sender heartbeat', async () => {
    const settings = await hq.registerBranch('keepalive-1');
    const headers = await new Promise<Record<string, string | string[] | undefined>>((resolve, reject) => {
      const body = JSON.stringify({
        branchId: 'keepalive-1',
        backlog: { pending: 0, unprojected: 0, oldestAt: null, bytes: 0 },
      });
      const req = request(
        new URL('/api/ingest/hello', hq.url),
        {
          method: 'POST',
          ca: hq.tls.cert,
          headers: {
            authorization: `Bearer ${settings.key}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            connection: 'keep-alive',
          },
        },
        (res) => {
          expect(res.statusCode).toBe(200);
          res.resume();
          res.on('end', () => resolve(res.headers));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    const timeoutS = Number(/timeout=(\d+)/.exec(String(headers['keep-alive']))?.[1]);
    expect(timeoutS * 1000).toBeGreaterThan(REPLICATION_DEFAULTS.heartbeatMs);
    expect(hq.app.server.keepAliveTimeout).toBeGreaterThan(REPLICATION_DEFAULTS.heartbeatMs);
    expect(hq.app.server.headersTimeout).toBeGreaterThan(hq.app.server.keepAliveTimeout);
  });
});
