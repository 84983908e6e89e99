import { COMMAND_ROLES, COMMAND_SCHEMAS, type CommandName, type Role } from '@lobby/shared';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { socketPerRole } from './fuzz-support.ts';

let server: TestServer;
let sockets: Map<Role, LobbySocket>;

beforeAll(async () => {
  server = await startTestServer();
  sockets = await socketPerRole(server);
});
afterAll(async () => server?.close());

const COMMANDS = Object.keys(COMMAND_SCHEMAS) as CommandName[];
const BAD_ANY: unknown[] = [null, 42, 'text', [1, 2], true];
// An empty object is a valid snapshot:get; for every other command it lacks required fields.
const BAD_OBJECTS: unknown[] = [
  {},
  { requestId: 'no spaces allowed!' },
  { requestId: 'x'.repeat(65) },
  { requestId: 12345678, sinceSeq: -1 },
];

function counts() {
  const db = server.app.ctx.db;
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    events: one('SELECT COUNT(*) AS n FROM event_log'),
    tickets: one('SELECT COUNT(*) AS n FROM tickets'),
    acks: one('SELECT COUNT(*) AS n FROM command_results'),
  };
}

test('every command answers INVALID_PAYLOAD to malformed payloads, writes nothing and the server stays fine', async () => {
  const before = counts();
  const seqBefore = server.app.ctx.queue.lastSeq;
  let checked = 0;
  for (const name of COMMANDS) {
    const role = COMMAND_ROLES[name][0]!;
    const socket = sockets.get(role)!;
    const payloads = name === 'snapshot:get' ? BAD_ANY : [...BAD_ANY, ...BAD_OBJECTS];
    for (const payload of payloads) {
      // Deliberately untyped: these payloads break the protocol types on purpose.
      const raw = socket.timeout(5000) as unknown as {
        emitWithAck(event: string, payload: unknown): Promise<{ ok: boolean; code?: string }>;
      };
      const ack = await raw.emitWithAck(name, payload);
      expect(ack, `${name} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(COMMANDS.length * 5);
  expect(counts()).toEqual(before);
  expect(server.app.ctx.queue.lastSeq).toBe(seqBefore);

  // No payload at all: still a typed answer.
  const bare = sockets.get('kiosk')!.timeout(5000) as unknown as { emitWithAck(event: string): Promise<unknown> };
  expect(await bare.emitWithAck('ticket:issue')).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
  // A command sent without an ack callback is ignored, not a crash.
  (sockets.get('kiosk') as unknown as { emit(event: string, payload: unknown): void }).emit('ticket:issue', {
    laneId: 'A',
  });
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
  const ok = await server.command(sockets.get('kiosk')!, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
  expect(ok.ok).toBe(true);
});

test('field-level problems are reported with their path, never with a stack trace', async () => {
  const ack = await server.command(sockets.get('teller')!, 'ticket:finish', {
    counterId: 'c2',
    outcome: 'maybe' as never,
    servedBusinessTypeIds: [],
  });
  expect(ack).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
  const issues = (ack as unknown as { issues: { path: string }[] }).issues;
  expect(issues.map((i) => i.path)).toContain('outcome');
  expect(JSON.stringify(ack)).not.toMatch(/at .*\.ts:\d+/);
});
