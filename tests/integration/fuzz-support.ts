import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { isErrorCode, type Role } from '@lobby/shared';
import type { LobbySocket, TestServer } from '../support/server.ts';

/**
 * Shared pieces of the bad-input fuzz tests: payload arbitraries (malformed, oversized,
 * wrong-type, hostile keys) and the "nothing was written" probe.
 */
const FIELD_NAMES = [
  'requestId',
  'counterId',
  'ticketId',
  'laneId',
  'businessTypeId',
  'priorityGroupId',
  'vipIdentifier',
  'reason',
  'note',
  'text',
  'outcome',
  'servedBusinessTypeIds',
  'to',
  'mode',
  'laneIds',
  'speak',
  'message',
  'roomId',
  'visitId',
  'staffId',
  'alertId',
  'attitude',
  'efficiency',
  'sinceSeq',
  'kind',
  'position',
  'username',
  'password',
  'role',
  'name',
  'staffNo',
  'active',
  'tellerId',
  'month',
  'points',
  'phone',
  'purpose',
  'lang',
  'verificationId',
  'code',
  'slotStart',
  'posterKey',
  'tokens',
  'query',
  'bookingId',
  'subscription',
  'url',
  'events',
  'enabled',
  '__proto__',
  'constructor',
  'toString',
];

const oddStrings = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    'c2',
    'A',
    'cash',
    '../../etc/passwd',
    "'; DROP TABLE tickets; --",
    '<script>alert(1)</script>',
    '\u0000',
    '\uD800',
    '𠀀'.repeat(20),
    'NaN',
    '-1',
    '1e309',
  ),
  fc.string({ minLength: 200, maxLength: 400 }),
  // Oversized, but under the 256 KB socket.io message cap so the command is still parsed.
  fc.integer({ min: 5_000, max: 60_000 }).map((n) => 'x'.repeat(n)),
);

const oddValues: fc.Arbitrary<unknown> = fc.oneof(
  oddStrings,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, undefined, true, false, 0, -1, Number.MAX_SAFE_INTEGER, 1.5, [], {}),
  fc.array(oddStrings, { maxLength: 30 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 5 }),
  fc.integer({ min: 1000, max: 5_000 }).map((n) => Array.from({ length: n }, (_, i) => `id${i}`)),
);

/** Objects with the protocol's field names (and hostile ones) holding wrong or huge values. */
export const fieldSoup: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.constantFrom(...FIELD_NAMES),
  oddValues,
  { minKeys: 0, maxKeys: 8 },
);

/** Serialised size, or Infinity when it cannot be serialised. */
function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Under the socket.io message cap (256 KB), so the server parses rather than drops it. */
export const PAYLOAD_SIZE_LIMIT = 200_000;

/** Anything at all: non-objects, nested junk, field soup. */
export const badPayload: fc.Arbitrary<unknown> = fc
  .oneof(
    { weight: 5, arbitrary: fieldSoup },
    { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }) },
    { weight: 1, arbitrary: oddValues },
  )
  .filter((p) => jsonSize(p) < PAYLOAD_SIZE_LIMIT);

/** Rows in every table: "nothing written" is every count unchanged (sessions aside: logins write them). */
export function rowCounts(dataDir: string): Record<string, number> {
  const db = new Database(join(dataDir, 'lobby.sqlite3'), { readonly: true, fileMustExist: true });
  try {
    const tables = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'sessions'",
        )
        .all() as { name: string }[]
    ).map((r) => r.name);
    return Object.fromEntries(
      tables.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]),
    );
  } finally {
    db.close();
  }
}

/** A typed refusal: `{ok:false, code}` with a code from the closed set, never INTERNAL, no stack. */
export function typedRefusal(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return `not an object: ${JSON.stringify(body)}`;
  const b = body as { ok?: unknown; code?: unknown; message?: unknown };
  if (b.ok !== false) return `not a refusal: ${JSON.stringify(body).slice(0, 300)}`;
  if (!isErrorCode(b.code)) return `code outside ERROR_CODES: ${String(b.code)}`;
  if (b.code === 'INTERNAL') return 'INTERNAL (a bug reached the catch-all)';
  if (typeof b.message === 'string' && /\bat .+:\d+:\d+/.test(b.message))
    return `stack trace leaked: ${b.message.slice(0, 200)}`;
  return null;
}

/** One connected socket per role (the evaluator at counter c2), for sending every command as everyone. */
export async function socketPerRole(server: TestServer): Promise<Map<Role, LobbySocket>> {
  return new Map<Role, LobbySocket>([
    ['teller', await server.connect(await server.login('teller1'))],
    ['lobby', await server.connect(await server.login('lobby'))],
    ['admin', await server.connect(await server.login('admin'))],
    ['kiosk', await server.connect(server.deviceToken('kiosk'))],
    ['display', await server.connect(server.deviceToken('display'))],
    ['evaluator', await server.connect(server.deviceToken('evaluator', 'c2'))],
  ]);
}
