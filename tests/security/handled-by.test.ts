import {
  creditedStaffId,
  type ComplaintDetailResponse,
  type KpiScorecard,
  type ReportRow,
  type StaffQueueEvent,
  type TicketStaffView,
} from '@lobby/shared';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { api } from '../integration/admin-api-support.ts';
import { recordEvents, startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';

/**
 * Finding 12: a rating was credited to whoever was signed on at the counter when the
 * customer tapped, not to who served — with a 5-minute rating window a shift change
 * credited the next teller, and satisfaction is up to 40 % of a teller's KPI. The ticket
 * now records who called, served and finished it, and ratings, reports, the KPI and the
 * complaint timeline all read that one fact.
 */
let server: TestServer;
let lobby: LobbySocket;
let admin: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
  lobby = await server.connect(await server.login('lobby'));
  for (const s of server.app.ctx.store.staff.list()) ids[s.username] = s.id;
});
afterAll(async () => server?.close());

async function ok<T>(ack: Promise<{ ok: true; data: T } | { ok: false; code: string }>): Promise<T> {
  const a = await ack;
  if (!a.ok) throw new Error(a.code);
  return a.data;
}

test('a shift change within the rating window credits the teller who served, everywhere', async () => {
  const kiosk = await server.connect(server.deviceToken('kiosk'));
  const evaluator = await server.connect(server.deviceToken('evaluator', 'c2'));
  const staff = recordEvents(lobby);
  const t1 = await server.connect(await server.login('teller1'));
  const t2 = await server.connect(await server.login('teller2'));

  const issued = await ok(server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' }));
  await ok(server.command(t1, 'counter:signOn', { counterId: 'c2' }));
  await ok(server.command(t1, 'counter:callNext', { counterId: 'c2' }));
  await ok(server.command(t1, 'ticket:start', { counterId: 'c2' }));
  await ok(
    server.command(t1, 'ticket:finish', { counterId: 'c2', outcome: 'served', servedBusinessTypeIds: ['cash'] }),
  );
  // Shift change: teller1 leaves, teller2 takes counter c2 — and only then does the customer tap.
  await ok(server.command(t1, 'counter:signOff', { counterId: 'c2' }));
  await ok(server.command(t2, 'counter:signOn', { counterId: 'c2' }));
  server.clock.advance(2 * 60_000);
  await ok(server.command(evaluator, 'rating:submit', { ticketId: issued.ticket.id, attitude: 1, efficiency: 2 }));

  // The rating row.
  const db = new Database(join(server.dataDir, 'lobby.sqlite3'), { readonly: true });
  const rating = db.prepare('SELECT teller_id FROM ratings WHERE ticket_id = ?').get(issued.ticket.id) as {
    teller_id: string;
  };
  db.close();
  expect(rating.teller_id).toBe(ids.teller1);

  // The ticket carries the fact, in the state and in every event payload about it.
  const snap = await ok(server.command(lobby, 'snapshot:get', {}));
  const ticket = (snap as { tickets: TicketStaffView[] }).tickets.find((t) => t.id === issued.ticket.id)!;
  expect(ticket).toMatchObject({ calledBy: ids.teller1, servedBy: ids.teller1, finishedBy: ids.teller1 });
  const about = (type: string) =>
    staff.waitFor((e) => e.type === type && e.ticket?.id === issued.ticket.id) as Promise<StaffQueueEvent>;
  expect((await about('ticket:called')).ticket).toMatchObject({ calledBy: ids.teller1, servedBy: null });
  expect((await about('ticket:started')).ticket).toMatchObject({ servedBy: ids.teller1, finishedBy: null });
  expect((await about('ticket:finished')).ticket).toMatchObject({ finishedBy: ids.teller1 });

  // The report's teller table and the KPI scorecard: teller1 has the rating, teller2 nothing.
  const report = await api<{ report: { byTeller: ReportRow[] } }>(server, admin, 'GET', '/reports/today');
  const row = (id: string) => report.body.data!.report.byTeller.find((r) => r.key === id);
  expect(row(ids.teller1!)).toMatchObject({ served: 1, ratings: 1, meanAttitude: 1 });
  expect(row(ids.teller2!)).toBeUndefined();
  const kpi = await api<KpiScorecard>(server, admin, 'GET', '/admin/kpi?month=2026-11');
  const kpiRow = (id: string) => kpi.body.data!.rows.find((r) => r.tellerId === id);
  expect(kpiRow(ids.teller1!)).toMatchObject({ ratings: 1 });
  expect(kpiRow(ids.teller2!)?.ratings ?? 0).toBe(0);

  // A complaint about the ticket is against who served it, and its timeline names who did each step.
  const complaint = await api<{ id: string; tellerId: string | null }>(server, admin, 'POST', '/complaints', {
    source: 'counter',
    category: 'attitude',
    severity: 'minor',
    summary: '服务态度差',
    ticketNumber: issued.ticket.number,
  });
  expect(complaint.body.data?.tellerId).toBe(ids.teller1);
  const detail = await api<ComplaintDetailResponse>(server, admin, 'GET', `/complaints/${complaint.body.data!.id}`);
  const steps = Object.fromEntries(detail.body.data!.ticketTimeline.map((e) => [e.type, e.staffId]));
  expect(steps).toMatchObject({
    'ticket:called': ids.teller1,
    'ticket:started': ids.teller1,
    'ticket:finished': ids.teller1,
    'rating:recorded': ids.teller1,
  });
});

test('a call the lobby manager presses for a counter is the signed-on teller’s', async () => {
  const kiosk = await server.connect(server.deviceToken('kiosk'));
  const t3 = await server.connect(await server.login('teller3'));
  await ok(server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' }));
  await ok(server.command(t3, 'counter:signOn', { counterId: 'c3' }));
  const called = await ok(server.command(lobby, 'counter:callNext', { counterId: 'c3' }));
  expect(called).toMatchObject({ calledBy: ids.teller3 });
  const started = await ok(server.command(lobby, 'ticket:start', { counterId: 'c3' }));
  expect(started).toMatchObject({ servedBy: ids.teller3 });
  const gone = await ok(
    server.command(t3, 'ticket:finish', { counterId: 'c3', outcome: 'served', servedBusinessTypeIds: [] }),
  );
  expect(gone).toMatchObject({ calledBy: ids.teller3, servedBy: ids.teller3, finishedBy: ids.teller3 });
});

test('a VIP-room ticket is served by whoever accepted the page, though the lobby manager finishes the visit', async () => {
  const kiosk = await server.connect(server.deviceToken('kiosk'));
  const t4 = await server.connect(await server.login('teller4'));
  const issued = await ok(server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' }));
  const visit = await ok(
    server.command(lobby, 'vipVisit:start', { roomId: 'room1', ticketId: issued.ticket.id, note: '' }),
  );
  await ok(server.command(lobby, 'vipVisit:page', { visitId: visit.id, staffId: ids.teller4! }));
  await ok(server.command(t4, 'vipVisit:accept', { visitId: visit.id }));
  await ok(server.command(lobby, 'vipVisit:finish', { visitId: visit.id }));
  const snap = (await ok(server.command(lobby, 'snapshot:get', {}))) as { tickets: TicketStaffView[] };
  const ticket = snap.tickets.find((t) => t.id === issued.ticket.id)!;
  expect(ticket).toMatchObject({ status: 'done', servedBy: ids.teller4, finishedBy: ids.lobby });
  expect(creditedStaffId(ticket)).toBe(ids.teller4);
});
