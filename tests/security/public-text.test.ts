import type { QueueEvent, TicketStaffView } from '@lobby/shared';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { recordEvents, startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { HOSTILE } from './support/hostile-text.ts';
import { request } from './support/http.ts';
import { ProbeTally } from './support/probe-tally.ts';

/**
 * Finding 9: the hall broadcast took zero-width-only text, a right-to-left override and
 * NUL/ESC/BEL, and the display showed them; ticket notes took lone surrogates, stored as
 * invalid UTF-8. Every free text goes through one shared schema (safeText): NFC, no control,
 * bidi-control or lone-surrogate characters, not empty once invisible characters are trimmed.
 */

let server: TestServer;
let lobby: LobbySocket;
let display: LobbySocket;
let admin: string;
const tally = new ProbeTally(import.meta.filename);

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
  lobby = await server.connect(await server.login('lobby'));
  display = await server.connect(server.deviceToken('display'));
});
afterAll(async () => {
  tally.report();
  await server?.close();
});

test('the hall broadcast and the emergency message refuse hostile text, and the display never shows it', async () => {
  const seen = recordEvents(display);
  for (const [what, text] of HOSTILE) {
    const broadcast = await server.command(lobby, 'hall:broadcast', { text, speak: false });
    tally.record('hall:broadcast with invisible/control/bidi/surrogate text', !broadcast.ok);
    expect(broadcast, what).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    const emergency = await server.command(lobby, 'emergency:start', { message: text });
    tally.record('emergency:start with invisible/control/bidi/surrogate text', !emergency.ok);
    expect(emergency, what).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
  }
  // Clean text passes, normalised to NFC and trimmed of invisible ends; it is all the display saw.
  expect(
    await server.command(lobby, 'hall:broadcast', { text: '\u200B Cafe\u0301 请到3号窗口 \u2060', speak: false }),
  ).toMatchObject({ ok: true });
  const shown = await seen.waitFor((e) => e.type === 'hall:broadcasted');
  expect(shown.message?.text).toBe('Caf\u00e9 请到3号窗口');
  const texts = seen.events.flatMap((e: QueueEvent) => (e.message ? [e.message.text] : []));
  expect(texts).toEqual(['Caf\u00e9 请到3号窗口']);
});

test('ticket notes, reasons and suspensions refuse a lone surrogate and control characters', async () => {
  const kiosk = await server.connect(server.deviceToken('kiosk'));
  const issued = await server.command(kiosk, 'ticket:issue', { laneId: 'A', businessTypeId: 'cash' });
  if (!issued.ok) throw new Error(issued.code);
  const ticketId = issued.data.ticket.id;
  for (const [what, text] of HOSTILE) {
    const note = await server.command(lobby, 'ticket:addNote', { ticketId, text });
    tally.record('ticket:addNote with invisible/control/bidi/surrogate text', !note.ok);
    expect(note, what).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    const priority = await server.command(lobby, 'ticket:setPriority', {
      ticketId,
      priorityGroupId: null,
      reason: text,
    });
    tally.record('reason with invisible/control/bidi/surrogate text', !priority.ok);
    expect(priority, what).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
  }
  // A note keeps its line break; nothing hostile reached the stored ticket.
  expect(await server.command(lobby, 'ticket:addNote', { ticketId, text: '客户带了身份证\r\n缺户口本' })).toMatchObject(
    {
      ok: true,
    },
  );
  const snap = await server.command(lobby, 'snapshot:get', {});
  if (!snap.ok) throw new Error(snap.code);
  const ticket = (snap.data as { tickets: TicketStaffView[] }).tickets.find((t) => t.id === ticketId)!;
  expect(ticket.notes.map((n) => n.text)).toEqual(['客户带了身份证\n缺户口本']);
});

test('REST text (complaints, staff and device names, configured customer-facing text) refuses hostile text', async () => {
  const config = await request(server, 'GET', '/api/admin/config', { token: admin });
  const current = (config.body as { data: { lanes: { name: { zh: string } }[] } }).data;
  for (const [what, text] of HOSTILE) {
    const probes: [string, string, string, unknown][] = [
      [
        'complaint summary',
        'POST',
        '/api/complaints',
        { source: 'counter', category: 'other', severity: 'minor', summary: text },
      ],
      [
        'staff name',
        'POST',
        '/api/admin/staff',
        { username: 'probe01', name: text, role: 'teller', staffNo: '9001', password: 'probe-pass-123' },
      ],
      ['device name', 'POST', '/api/admin/devices', { kind: 'display', name: text, counterId: null }],
      [
        'lane name in the configuration',
        'PUT',
        '/api/admin/config',
        {
          config: {
            ...current,
            lanes: current.lanes.map((l, i) => (i === 0 ? { ...l, name: { ...l.name, zh: text } } : l)),
          },
        },
      ],
    ];
    for (const [field, method, path, body] of probes) {
      const res = await request(server, method, path, { token: admin, body });
      // A configuration is checked as a whole: CONFIG_INVALID (422) with the field issues.
      const expected = path === '/api/admin/config' ? 422 : 400;
      tally.record(`REST ${field} with invisible/control/bidi/surrogate text`, res.status === expected);
      expect(res.status, `${field}: ${what}`).toBe(expected);
    }
  }
});
