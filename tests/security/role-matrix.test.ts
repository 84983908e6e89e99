import { afterAll, beforeAll, expect, test } from 'vitest';
import { allRoutes, COMMAND_ROLES, COMMAND_SCHEMAS, type CommandName, type Role } from '@lobby/shared';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { request } from './support/http.ts';
import { pairDevice } from './support/devices.ts';
import { ProbeTally } from './support/probe-tally.ts';

/**
 * The role matrix: every REST route of the shared route map and every socket command ×
 * every kind of principal (anonymous, kiosk, display, evaluator, teller, lobby, admin, an
 * ended staff session, a rotated device token). Refused exactly where the map says: 401
 * without a live token, 403 (FORBIDDEN) for a role the map does not list, and never a
 * refusal for a role it lists. Walking the map covers a new route or command by itself.
 */
const ROLES: Role[] = ['kiosk', 'display', 'evaluator', 'teller', 'lobby', 'admin'];
type Dead = 'anonymous' | 'ended staff session' | 'rotated device token';

let server: TestServer;
const tokens = new Map<Role, string>();
const dead = new Map<Dead, string | null>();
const tally = new ProbeTally(import.meta.filename);

beforeAll(async () => {
  server = await startTestServer();
  tokens.set('kiosk', server.deviceToken('kiosk'));
  tokens.set('display', server.deviceToken('display'));
  tokens.set('evaluator', server.deviceToken('evaluator', 'c2'));
  tokens.set('teller', await server.login('teller1'));
  tokens.set('lobby', await server.login('lobby'));
  tokens.set('admin', await server.login('admin'));
  const ended = await server.login('teller2');
  await request(server, 'POST', '/api/auth/logout', { token: ended });
  const rotated = await pairDevice(server, 'kiosk', '轮换前的取号机');
  await request(server, 'POST', `/api/admin/devices/${rotated.id}/rotate`, { token: tokens.get('admin')!, body: {} });
  dead.set('anonymous', null);
  dead.set('ended staff session', ended);
  dead.set('rotated device token', rotated.token);
});
afterAll(async () => {
  tally.report();
  await server?.close();
});

const guarded = allRoutes().filter(({ route }) => route.roles !== 'anyone');

test('every guarded REST route × every principal: refused exactly where the route map says', async () => {
  expect(guarded.length).toBeGreaterThan(30);
  const wrong: string[] = [];
  for (const { name, route } of guarded) {
    const roles = route.roles as readonly Role[];
    const path = `/api${route.path.replace(/:[A-Za-z]+/g, 'x')}`;
    const body = route.method === 'GET' ? undefined : {};
    for (const [who, token] of dead) {
      const res = await request(server, route.method, path, { token, body });
      tally.record('REST route without a live token', res.status === 401);
      if (res.status !== 401) wrong.push(`${name} as ${who}: ${res.status}, expected 401`);
    }
    for (const role of ROLES) {
      const res = await request(server, route.method, path, { token: tokens.get(role)!, body });
      const refused = res.status === 401 || res.status === 403;
      if (roles.includes(role)) {
        if (refused) wrong.push(`${name} as ${role}: ${res.status}, but the map allows ${role}`);
      } else {
        tally.record('REST route from a role the map does not list', res.status === 403);
        if (res.status !== 403) wrong.push(`${name} as ${role}: ${res.status}, expected 403`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

test('every socket command × every principal: refused exactly where the command roles say', async () => {
  const sockets = new Map<Role, LobbySocket>();
  for (const role of ROLES) sockets.set(role, await server.connect(tokens.get(role)!));
  const wrong: string[] = [];
  for (const name of Object.keys(COMMAND_SCHEMAS) as CommandName[]) {
    for (const role of ROLES) {
      // Only a request id: an allowed role gets past the role check (and is refused by the schema, or runs).
      const ack = await server.command(sockets.get(role)!, name, {} as never);
      const forbidden = !ack.ok && ack.code === 'FORBIDDEN';
      if (COMMAND_ROLES[name].includes(role)) {
        if (forbidden) wrong.push(`${name} as ${role}: FORBIDDEN, but the command roles allow ${role}`);
      } else {
        tally.record('socket command from a role the command roles do not list', forbidden);
        if (!forbidden) wrong.push(`${name} as ${role}: ${JSON.stringify(ack)}, expected FORBIDDEN`);
      }
    }
  }
  for (const [who, token] of dead) {
    const refused = await server.connect(token ?? '').then(
      () => false,
      (err: Error) => err.message === 'UNAUTHENTICATED',
    );
    tally.record('socket handshake without a live token', refused);
    if (!refused) wrong.push(`socket handshake as ${who} was not refused`);
  }
  expect(wrong).toEqual([]);
});
