import { expect, test } from 'vitest';
import type { QueueEvent, Snapshot, TicketPublicView } from '@lobby/shared';
import type { LobbySocket } from '../support/server.ts';
import { MirrorClient } from './support/mirror-client.ts';

/**
 * The test client's own rules, against a scripted socket: gaps trigger `sync:request` from
 * the last applied seq, repeats are dropped, events arriving mid-sync wait for it, and a
 * reconnect asks again. The load tests lean on this client to judge the server.
 */
type Handler = (e: unknown) => void;

function fakeSocket(answer: (name: string, payload: { sinceSeq?: number }) => unknown) {
  const handlers = new Map<string, Handler[]>();
  const requests: { name: string; payload: { sinceSeq?: number } }[] = [];
  const socket = {
    connected: true,
    on(name: string, h: Handler) {
      handlers.set(name, [...(handlers.get(name) ?? []), h]);
      return socket;
    },
    io: { on: () => undefined },
    timeout: () => ({
      emitWithAck: async (name: string, payload: { sinceSeq?: number }) => {
        requests.push({ name, payload });
        await new Promise((r) => setTimeout(r, 5));
        return answer(name, payload);
      },
    }),
  };
  const fire = (name: string, e?: unknown) => handlers.get(name)?.forEach((h) => h(e));
  return { socket: socket as unknown as LobbySocket, requests, fire };
}

const t = (id: string, status: TicketPublicView['status']): TicketPublicView => ({
  id,
  number: id.toUpperCase(),
  laneId: 'A',
  status,
  counterId: null,
  calledAt: null,
});
const ev = (seq: number, ticket: TicketPublicView): QueueEvent => ({
  seq,
  type: 'ticket:issued',
  at: seq,
  businessDate: 'd',
  lanes: [],
  audience: 'public',
  ticket,
});
const snapshot = (seq: number, tickets: TicketPublicView[]): Snapshot =>
  ({
    audience: 'public',
    seq,
    businessDate: 'd',
    serverTime: 0,
    config: {},
    lanes: [],
    recentCalls: [],
    emergency: {},
    lastMessage: null,
    tickets,
    counters: [],
  }) as unknown as Snapshot;

test('gap → sync:request from the last applied seq; duplicates dropped; order kept', async () => {
  const log = [ev(1, t('a', 'waiting')), ev(2, t('b', 'waiting')), ev(3, t('a', 'called')), ev(4, t('c', 'waiting'))];
  const { socket, requests, fire } = fakeSocket((name, p) =>
    name === 'snapshot:get'
      ? { ok: true, data: snapshot(1, [t('a', 'waiting')]) }
      : { ok: true, data: { kind: 'events', events: log.filter((e) => e.seq > p.sinceSeq!) } },
  );
  const m = await MirrorClient.attach(socket);
  expect(m.lastSeq).toBe(1);
  fire('ticket:issued', log[0]); // repeat of what the snapshot had
  fire('ticket:issued', log[3]); // seq 4 after 1: a gap
  await m.waitFor(4, 1000);
  expect(requests.map((r) => r.name)).toEqual(['snapshot:get', 'sync:request']);
  expect(requests[1]!.payload.sinceSeq).toBe(1);
  expect(m.stats.applied).toEqual([2, 3, 4]);
  expect(m.stats.duplicatesDropped).toBe(1);
  expect(m.stats.orderViolations).toEqual([]);
  expect(m.tickets.get('a')?.status).toBe('called');
  expect([...m.tickets.keys()].sort()).toEqual(['a', 'b', 'c']);
});

test('a reconnect asks for what was missed; a snapshot answer replaces the state', async () => {
  let phase = 0;
  const { socket, requests, fire } = fakeSocket((name) =>
    name === 'snapshot:get' || phase === 0
      ? { ok: true, data: snapshot(2, [t('a', 'waiting')]) }
      : { ok: true, data: { kind: 'snapshot', snapshot: snapshot(9, [t('z', 'waiting')]) } },
  );
  const m = await MirrorClient.attach(socket);
  phase = 1;
  fire('connect');
  await m.waitFor(9, 1000);
  expect(requests.at(-1)).toMatchObject({ name: 'sync:request', payload: { sinceSeq: 2 } });
  expect([...m.tickets.keys()]).toEqual(['z']);
  expect(m.stats.snapshotsTaken).toBe(2);
});
