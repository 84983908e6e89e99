import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { COMMAND_ROLES, COMMAND_SCHEMAS, type CommandName, type Role } from '@lobby/shared';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { badPayload, rowCounts, socketPerRole, typedRefusal } from './fuzz-support.ts';

/**
 * Every socket command (COMMAND_SCHEMAS) with malformed, oversized and wrong-type payloads
 * from a role that may send it, and with any payload from every role that may not: each
 * answer is a typed refusal (INVALID_PAYLOAD / FORBIDDEN), the server stays up, and not one
 * row is written anywhere.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const COMMANDS = Object.keys(COMMAND_SCHEMAS) as CommandName[];

let server: TestServer;
let sockets: Map<Role, LobbySocket>;

beforeAll(async () => {
  server = await startTestServer();
  sockets = await socketPerRole(server);
  // Some state to damage: a waiting ticket and a signed-on counter.
  await server.command(sockets.get('kiosk')!, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
  await server.command(sockets.get('teller')!, 'counter:signOn', { counterId: 'c2' });
  // The forecast (and the alerts that follow it) are redone just after those commits: let them land first.
  await server.forecastSettled();
});
afterAll(async () => {
  await server?.close();
});

function send(socket: LobbySocket, name: string, payload: unknown): Promise<unknown> {
  const emit = socket.timeout(4000).emitWithAck as unknown as (n: string, p: unknown) => Promise<unknown>;
  return emit.call(socket.timeout(4000), name, payload);
}

/** Emits outside the typed protocol (unknown names, no ack, non-object payloads). */
function rawEmit(socket: LobbySocket, name: string, ...args: unknown[]): void {
  (socket as unknown as { emit(n: string, ...a: unknown[]): void }).emit(name, ...args);
}

async function assertUntouched(before: { seq: number; rows: Record<string, number> }): Promise<void> {
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
  expect(((await health.json()) as { seq: number }).seq).toBe(before.seq);
  expect(rowCounts(server.dataDir)).toEqual(before.rows);
}

test.each(COMMANDS)(
  '%s: malformed payloads from allowed roles and any payload from other roles are refused, typed, with nothing written',
  async (name) => {
    const before = { seq: server.app.ctx.queue.lastSeq, rows: rowCounts(server.dataDir) };
    const allowed = COMMAND_ROLES[name];
    const forbidden = [...sockets.keys()].filter((r) => !allowed.includes(r));
    let sent = 0;

    await fc.assert(
      fc.asyncProperty(badPayload, fc.constantFrom(...allowed), async (payload, role) => {
        // A payload the schema accepts is not bad input (it may legitimately write); skip it.
        if (COMMAND_SCHEMAS[name].safeParse(payload).success) return;
        sent++;
        const ack = await send(sockets.get(role)!, name, payload);
        expect(typedRefusal(ack), JSON.stringify(payload)?.slice(0, 200)).toBeNull();
        expect((ack as { code: string }).code).toBe('INVALID_PAYLOAD');
      }),
      // Every command schema is an object: these two are refused by all of them, so each command
      // gets at least one malformed payload even when the random ones all happen to parse (an
      // empty-object schema such as snapshot:get's accepts most of them).
      {
        numRuns: RUNS,
        endOnFailure: true,
        examples: [
          [null, allowed[0]!],
          [['array'], allowed[0]!],
        ],
      },
    );
    if (forbidden.length > 0) {
      await fc.assert(
        fc.asyncProperty(badPayload, fc.constantFrom(...forbidden), async (payload, role) => {
          sent++;
          const ack = await send(sockets.get(role)!, name, payload);
          expect(typedRefusal(ack)).toBeNull();
          expect((ack as { code: string }).code).toBe('FORBIDDEN');
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    }
    // Non-object payloads and no ack callback at all must not crash the handler either.
    for (const role of sockets.keys()) rawEmit(sockets.get(role)!, name, 'not-an-object');
    expect(sent).toBeGreaterThan(0);
    await assertUntouched(before);
  },
);

test('a message over the 256 KB cap closes that socket only; unknown events are ignored; the server lives on', async () => {
  const before = { seq: server.app.ctx.queue.lastSeq, rows: rowCounts(server.dataDir) };
  const victim = await server.connect(server.deviceToken('kiosk'));
  const closed = new Promise<string>((done) => victim.once('disconnect', (reason) => done(reason)));
  rawEmit(
    victim,
    'ticket:issue',
    { requestId: 'big-payload-1', laneId: 'A', businessTypeId: 'x'.repeat(300_000) },
    () => undefined,
  );
  expect(await closed).toBeTruthy();
  const other = sockets.get('lobby')!;
  rawEmit(other, 'no:such:command', { a: 1 }, () => undefined);
  expect(other.connected).toBe(true);
  const ack = await send(other, 'snapshot:get', {});
  expect((ack as { ok: boolean }).ok).toBe(true);
  await assertUntouched(before);
});
