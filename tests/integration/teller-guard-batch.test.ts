import { COMMAND_SCHEMAS, type CommandName, type CommandPayload, type Principal } from '@lobby/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CommandHandler } from '../../server/src/context/feature.ts';
import { queueFeature } from '../../server/src/features/queue/queue-feature.ts';
import { newRequestId, startTestServer, type TestServer } from '../support/server.ts';

/**
 * A teller acts only on the counter they are signed on to — judged on the state the batch
 * has reached when the command's turn comes (issue 14.13). Commands that arrive together
 * are decided one after the other in one transaction: a check against the committed state
 * before the batch let a teller who had just signed off call on the next teller's counter.
 */
describe('teller counter guard inside the batch', () => {
  let server: TestServer;
  beforeAll(async () => {
    // No ticker: a tick due in the same turn would join the batch under test.
    server = await startTestServer({ tickIntervalMs: 3_600_000 });
  });
  afterAll(async () => server?.close());

  async function principal(username: string): Promise<Principal> {
    const p = server.app.ctx.auth.principalForToken(await server.login(username));
    if (!p) throw new Error(`no principal for ${username}`);
    return p;
  }

  /** Queues the command through its feature handler, as the command runner does (no await: same batch). */
  function send<C extends CommandName>(who: Principal, name: C, payload: Omit<CommandPayload<C>, 'requestId'>) {
    const handler = queueFeature.commands?.[name] as CommandHandler<C> | undefined;
    if (!handler) throw new Error(`no handler for ${name}`);
    const parsed = COMMAND_SCHEMAS[name].parse({ requestId: newRequestId(), ...payload });
    return handler(server.app.ctx, who, parsed as never, 'socket');
  }

  test('a call queued after the sign-off and another teller’s sign-on is refused', async () => {
    const { ctx } = server.app;
    const [teller1, teller2, kiosk] = [
      await principal('teller1'),
      await principal('teller2'),
      ctx.auth.principalForToken(server.deviceToken('kiosk'))!,
    ];
    expect((await send(teller1, 'counter:signOn', { counterId: 'c2' })).ok).toBe(true);
    const laneId = ctx.config().counters.find((c) => c.id === 'c2')!.laneIds[0]!;
    const businessTypeId = ctx.config().businessTypes.find((b) => b.laneId === laneId)!.id;
    expect((await send(kiosk, 'ticket:issue', { laneId, businessTypeId })).ok).toBe(true);

    const batches: number[] = [];
    ctx.queue.onBatchCommitted((b) => batches.push(b.commands));
    const [signOff, signOn, call] = await Promise.all([
      send(teller1, 'counter:signOff', { counterId: 'c2' }),
      send(teller2, 'counter:signOn', { counterId: 'c2' }),
      send(teller1, 'counter:callNext', { counterId: 'c2' }),
    ]);
    expect(batches[0]).toBe(3); // the three were decided in one batch
    expect(signOff.ok).toBe(true);
    expect(signOn.ok).toBe(true);
    expect(call).toEqual({ ok: false, code: 'COUNTER_NOT_SIGNED_ON' });
    const counter = ctx.queue.current.counters.get('c2')!;
    expect(counter.tellerId).toBe(teller2.id);
    expect(counter.currentTicketId).toBeNull();
  });
});
