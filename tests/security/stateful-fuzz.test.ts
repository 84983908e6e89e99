import fc from 'fast-check';
import { io as connectClient } from 'socket.io-client';
import { afterAll, expect, test } from 'vitest';
import {
  COMMAND_ROLES,
  type Ack,
  type CommandName,
  type Principal,
  type Role,
  type StaffQueueEvent,
} from '@lobby/shared';
import type { EngineState } from '../../server/src/engine/types.ts';
import { DEMO_VIPS } from '../../server/src/seed/demo-seed.ts';
import { startTestServer, type LobbySocket, type TestServer } from '../support/server.ts';
import { rowCounts } from '../integration/fuzz-support.ts';
import { CommandLog } from '../load/support/command-log.ts';
import {
  ackStoreDisagreements,
  doubleHolding,
  gapsInLog,
  missingAckedEffects,
  readDurableRecord,
  reusedNumbers,
} from '../load/support/log-checks.ts';
import { ProbeTally } from './support/probe-tally.ts';

/**
 * Stateful fuzzing (issue 14): fast-check model-based runs over real sockets against a real
 * server (factory on port 0, its own DATA_DIR), one socket.io client per principal — kiosk,
 * display, evaluator, two tellers, lobby, admin. Each run is a random sequence of
 * valid-shaped commands (issue, call, recall, no-show, finish, transfer, suspend/resume,
 * pause/open/close, lanes, VIP lookups and visits, broadcasts, ratings …), each from an
 * allowed role most of the time and from any role otherwise, aimed at the tickets, counters
 * and visits the server holds at that moment. After every command: a refused ack changed
 * nothing (no event, no row), a role the command roles do not list got FORBIDDEN, an ok ack of
 * a state-changing command logged its events. After every run, the load test's proofs over
 * the durable record (tests/load/support/log-checks.ts): gapless event log, at most one holder
 * per ticket and one ticket per counter, no number twice per lane and day, every ok ack's
 * effect in the log and the tickets table, every answer the stored one; and no event acted by
 * a principal whose role may not cause it.
 *
 * CI: 4 runs of 12 to 24 commands (~40 s on the loaded 2-core machine). Nightly: STATEFUL_FUZZ_RUNS=100
 * STATEFUL_FUZZ_STEPS=60 (docs/security.md). STATEFUL_FUZZ_SEED replays a run.
 */
const RUNS = Number(process.env.STATEFUL_FUZZ_RUNS ?? 4);
const STEPS = Number(process.env.STATEFUL_FUZZ_STEPS ?? 24);
const SEED = process.env.STATEFUL_FUZZ_SEED === undefined ? undefined : Number(process.env.STATEFUL_FUZZ_SEED);

type Actor = 'kiosk' | 'display' | 'evaluator' | 'teller1' | 'teller2' | 'lobby' | 'admin';
const ACTORS: Actor[] = ['kiosk', 'display', 'evaluator', 'teller1', 'teller2', 'lobby', 'admin'];
const ROLE_OF: Record<Actor, Role> = {
  kiosk: 'kiosk',
  display: 'display',
  evaluator: 'evaluator',
  teller1: 'teller',
  teller2: 'teller',
  lobby: 'lobby',
  admin: 'admin',
};
/** A few counters, so the clients meet on them: c1 (lane K), c2/c3 (A, V), c6 (B, A). The evaluator is c2's. */
const COUNTERS = ['c1', 'c2', 'c3', 'c6'];
const ISSUABLE: [string, string][] = [
  ['A', 'cash'],
  ['A', 'open-account'],
  ['B', 'corp-account'],
  ['K', 'large-cash'],
  ['V', 'vip-service'],
];
const LANES = ['A', 'B', 'K', 'V'];

/** The commands the fuzz sends; snapshot/sync/lookups are reads (they log nothing). */
const READS = new Set<CommandName>(['snapshot:get', 'sync:request', 'vip:lookup', 'arrival:find']);

interface Run {
  server: TestServer;
  sockets: Map<Actor, LobbySocket>;
  principals: Map<Actor, Principal>;
  log: CommandLog;
  /** Per-command violations (refusals with an effect, roles not refused, ok acks with nothing logged). */
  violations: string[];
}

/** What the fuzz expects of the queue, kept beside the real one: the numbers it was given. */
interface Model {
  issuedNumbers: Set<string>;
}

const tally = new ProbeTally(import.meta.filename);
afterAll(() => tally.report());

/** Picks from what the server holds now, so commands aim at real tickets, counters and visits. */
interface Picks {
  a: number;
  b: number;
  c: number;
}
type Build = (s: EngineState, p: Picks, run: Run, actor: Actor) => Record<string, unknown>;

const pickOf = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];
const ticketsIn = (s: EngineState, statuses?: string[]) =>
  [...s.tickets.values()].filter((t) => statuses === undefined || statuses.includes(t.status));
const ticketId = (s: EngineState, n: number, statuses?: string[]) =>
  pickOf(ticketsIn(s, statuses), n)?.id ?? pickOf(ticketsIn(s), n)?.id ?? 'no-such-ticket';
const counterId = (p: Picks, actor: Actor) =>
  // Tellers mostly at their own counter (c2 / c3), now and then at another.
  actor === 'teller1' && p.c % 4 !== 0
    ? 'c2'
    : actor === 'teller2' && p.c % 4 !== 0
      ? 'c3'
      : COUNTERS[p.a % COUNTERS.length]!;
const visitId = (s: EngineState, n: number) => pickOf([...s.vipVisits.keys()], n) ?? 'no-such-visit';

const BUILDERS: Partial<Record<CommandName, Build>> = {
  'ticket:issue': (_s, p, run, actor) => {
    const [laneId, businessTypeId] = ISSUABLE[p.a % ISSUABLE.length]!;
    const vip = laneId === 'V' && (actor === 'lobby' || actor === 'admin') && p.b % 2 === 0;
    return {
      laneId,
      businessTypeId,
      priorityGroupId: p.c % 5 === 0 ? 'elderly' : null,
      ...(vip ? { vipIdentifier: DEMO_VIPS[p.b % DEMO_VIPS.length]!.identifier } : {}),
    };
  },
  'vip:lookup': (_s, p) => ({
    vipIdentifier: p.a % 3 === 0 ? '13800009999' : DEMO_VIPS[p.a % DEMO_VIPS.length]!.identifier,
  }),
  'counter:signOn': (_s, p, _r, a) => ({ counterId: counterId(p, a) }),
  'counter:signOff': (_s, p, _r, a) => ({ counterId: counterId(p, a) }),
  'counter:release': (_s, p, _r, a) => ({ counterId: counterId(p, a), reason: '柜员离岗 fuzz' }),
  'counter:callNext': (_s, p, _r, a) => ({ counterId: counterId(p, a) }),
  'counter:callTicket': (s, p, _r, a) => ({
    counterId: counterId(p, a),
    ticketId: ticketId(s, p.b, ['waiting']),
    reason: '指定叫号 fuzz',
  }),
  'ticket:recall': (_s, p, _r, a) => ({ counterId: counterId(p, a) }),
  'ticket:start': (_s, p, _r, a) => ({ counterId: counterId(p, a) }),
  'ticket:finish': (_s, p, _r, a) => ({ counterId: counterId(p, a), outcome: 'served', servedBusinessTypeIds: [] }),
  'ticket:markNoShow': (_s, p, _r, a) => ({ counterId: counterId(p, a) }),
  'ticket:suspend': (_s, p, _r, a) => ({ counterId: counterId(p, a), note: '材料不全 fuzz' }),
  'ticket:transfer': (s, p) => ({
    ticketId: ticketId(s, p.b, ['called', 'serving', 'waiting']),
    to:
      p.c % 3 === 0
        ? { kind: 'counter', counterId: COUNTERS[p.a % COUNTERS.length]! }
        : { kind: 'lane', laneId: LANES[p.a % LANES.length]!, position: p.c % 2 === 0 ? 'first' : 'last' },
    note: '转柜 fuzz',
  }),
  'ticket:resume': (s, p) => ({
    ticketId: ticketId(s, p.b, ['suspended']),
    mode: p.c % 2 === 0 ? 'front' : 'pinned',
    reason: '材料已补齐',
  }),
  'ticket:cancel': (s, p) => ({ ticketId: ticketId(s, p.b, ['waiting', 'suspended']), reason: '客户离开' }),
  'ticket:reactivate': (s, p) => ({ ticketId: ticketId(s, p.b, ['no_show', 'cancelled']), reason: '客户回来了' }),
  'ticket:setPriority': (s, p) => ({
    ticketId: ticketId(s, p.b, ['waiting']),
    priorityGroupId: p.c % 2 === 0 ? 'elderly' : null,
    reason: '老年客户',
  }),
  'ticket:addNote': (s, p) => ({ ticketId: ticketId(s, p.b), text: '备注 fuzz' }),
  'counter:pause': (_s, p, _r, a) => ({ counterId: counterId(p, a), reason: 'break' }),
  'counter:resume': (_s, p, _r, a) => ({ counterId: counterId(p, a) }),
  'counter:open': (_s, p, _r, a) => ({ counterId: counterId(p, a) }),
  'counter:close': (_s, p, _r, a) => ({ counterId: counterId(p, a) }),
  'counter:setLanes': (_s, p, _r, a) => ({
    counterId: counterId(p, a),
    laneIds: p.b % 2 === 0 ? ['A', 'V'] : ['A', 'B'],
    reason: '分流 fuzz',
  }),
  'lane:pause': (_s, p) => ({ laneId: LANES[p.a % LANES.length]!, reason: '系统维护' }),
  'lane:resume': (_s, p) => ({ laneId: LANES[p.a % LANES.length]!, reason: '恢复' }),
  'hall:broadcast': (_s, p) => ({ text: '请A001到2号窗口', speak: p.a % 2 === 0 }),
  'vipVisit:start': (s, p) => ({
    roomId: p.a % 2 === 0 ? 'room1' : 'room2',
    ticketId: p.b % 2 === 0 ? null : ticketId(s, p.c, ['waiting']),
    note: '',
  }),
  'vipVisit:page': (s, p, run) => ({
    visitId: visitId(s, p.a),
    staffId: p.b % 2 === 0 ? run.principals.get('teller1')!.id : run.principals.get('teller2')!.id,
  }),
  'vipVisit:accept': (s, p) => ({ visitId: visitId(s, p.a) }),
  'vipVisit:finish': (s, p) => ({ visitId: visitId(s, p.a) }),
  'rating:submit': (s, p) => ({ ticketId: ticketId(s, p.b, ['done']), attitude: 1 + (p.a % 5), efficiency: 5 }),
  'snapshot:get': () => ({}),
  'sync:request': (_s, p) => ({ sinceSeq: p.a % 5 }),
};
const FUZZED = Object.keys(BUILDERS) as CommandName[];

/** The event types a command may log, for the authorization proof over the log. */
const CAUSED_BY: Partial<Record<StaffQueueEvent['type'], CommandName[]>> = {
  'ticket:issued': ['ticket:issue', 'booking:checkIn'],
  'ticket:resumed': ['ticket:resume'],
  'ticket:cancelled': ['ticket:cancel'],
  'ticket:reactivated': ['ticket:reactivate'],
  'ticket:prioritized': ['ticket:setPriority'],
  'counter:opened': ['counter:open'],
  'counter:closed': ['counter:close'],
  'counter:lanesChanged': ['counter:setLanes'],
  'lane:paused': ['lane:pause'],
  'lane:resumed': ['lane:resume'],
  'hall:broadcasted': ['hall:broadcast'],
  'vipVisit:started': ['vipVisit:start'],
  'vipVisit:paged': ['vipVisit:page'],
  'rating:recorded': ['rating:submit'],
  'day:closed': ['day:close'],
};

class Send implements fc.AsyncCommand<Model, Run> {
  name: CommandName;
  readonly actor: Actor;
  readonly picks: Picks;

  constructor(name: CommandName, actor: Actor, picks: Picks) {
    this.name = name;
    this.actor = actor;
    this.picks = picks;
  }

  check(): boolean {
    return true;
  }

  /** The command to send now (a teller's next step looks at the counter first). */
  protected resolve(_s: EngineState, _run: Run): CommandName {
    return this.name;
  }

  async run(model: Model, run: Run): Promise<void> {
    const { server } = run;
    this.name = this.resolve(server.app.ctx.queue.current, run);
    const payload = BUILDERS[this.name]!(server.app.ctx.queue.current, this.picks, run, this.actor);
    // Effects of the previous command (the forecast and the alerts it raises) land first.
    await server.forecastSettled();
    const seqBefore = server.app.ctx.queue.lastSeq;
    const rowsBefore = rowCounts(server.dataDir);
    const ack = (await run.log.send(
      run.sockets.get(this.actor)!,
      this.actor,
      this.name,
      payload as never,
    )) as Ack<unknown> | null;
    await server.forecastSettled();
    const what = `${this.toString()} → ${JSON.stringify(ack)?.slice(0, 200)}`;
    if (ack === null) {
      run.violations.push(`${what}: no answer`);
      return;
    }
    const allowed = COMMAND_ROLES[this.name].includes(ROLE_OF[this.actor]);
    if (!allowed) {
      const refused = !ack.ok && ack.code === 'FORBIDDEN';
      tally.record('stateful fuzz: command from a role the command roles do not list', refused);
      if (!refused) run.violations.push(`${what}: a ${ROLE_OF[this.actor]} may not send ${this.name}`);
    }
    if (!ack.ok) {
      tally.record('stateful fuzz: refused command with no effect', true);
      const rowsAfter = rowCounts(server.dataDir);
      const changed = Object.keys(rowsAfter).filter((t) => rowsAfter[t] !== rowsBefore[t]);
      // A refusal is stored as the requestId's answer (a resend gets the same), nothing else.
      const effect = changed.filter((t) => t !== 'command_results');
      if (server.app.ctx.queue.lastSeq !== seqBefore || effect.length > 0) {
        run.violations.push(`${what}: refused, yet seq ${seqBefore}→${server.app.ctx.queue.lastSeq}, rows ${effect}`);
      }
      return;
    }
    if (this.name === 'ticket:issue') {
      const number = `${(ack.data as { laneId: string }).laneId}/${(ack.data as { ticket: { number: string } }).ticket.number}`;
      if (model.issuedNumbers.has(number)) run.violations.push(`${what}: number ${number} given twice`);
      model.issuedNumbers.add(number);
    }
    if (!READS.has(this.name) && server.app.ctx.queue.lastSeq === seqBefore)
      run.violations.push(`${what}: ok, but nothing was logged`);
  }

  toString(): string {
    return `${this.actor} ${this.name} ${JSON.stringify(this.picks)}`;
  }
}

const picks = fc.record({ a: fc.nat(1000), b: fc.nat(1000), c: fc.nat(1000) });
/** Mostly a role the command allows (so the queue moves), one in four any principal at all. */
const sendArb = fc
  .constantFrom(...FUZZED)
  .chain((name) =>
    fc
      .tuple(
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...ACTORS.filter((a) => COMMAND_ROLES[name].includes(ROLE_OF[a]))) },
          { weight: 1, arbitrary: fc.constantFrom(...ACTORS) },
        ),
        picks,
      )
      .map(([actor, p]) => new Send(name, actor, p)),
  );
/** Issues and calls more often than the rest, so there is a queue to act on. */
const issueArb = fc
  .tuple(fc.constantFrom<Actor>('kiosk', 'kiosk', 'lobby'), picks)
  .map(([a, p]) => new Send('ticket:issue', a, p));
const callArb = fc
  .tuple(fc.constantFrom<Actor>('teller1', 'teller2', 'lobby'), picks)
  .map(([a, p]) => new Send('counter:callNext', a, p));
/** A teller's day at their own counter: sign on, call, start, finish, recall, no-show, suspend. */
const TELLER_FLOW: CommandName[] = [
  'counter:signOn',
  'counter:callNext',
  'ticket:start',
  'ticket:finish',
  'ticket:finish',
  'ticket:recall',
  'ticket:markNoShow',
  'ticket:suspend',
];
const tellerArb = fc
  .tuple(fc.constantFrom(...TELLER_FLOW), fc.constantFrom<Actor>('teller1', 'teller2'), picks)
  .map(([name, a, p]) => new Send(name, a, { ...p, c: p.c | 1 }));

/**
 * The step a teller at their own counter would take next, read off the server's counter:
 * sign on, call, then recall / no-show / start, then finish / suspend / transfer. Keeps the
 * queue moving between the random commands, so finishes, ratings and resumes happen.
 */
class TellerStep extends Send {
  protected override resolve(s: EngineState, run: Run): CommandName {
    const counter = s.counters.get(this.actor === 'teller1' ? 'c2' : 'c3');
    if (!counter || counter.tellerId !== run.principals.get(this.actor)!.id) return 'counter:signOn';
    const current = counter.currentTicketId === null ? undefined : s.tickets.get(counter.currentTicketId);
    const r = this.picks.b % 10;
    if (!current) return r === 0 ? 'counter:pause' : r === 1 ? 'counter:resume' : 'counter:callNext';
    if (current.status === 'called') return r === 0 ? 'ticket:recall' : r === 1 ? 'ticket:markNoShow' : 'ticket:start';
    return r === 0 ? 'ticket:suspend' : r === 1 ? 'ticket:transfer' : 'ticket:finish';
  }

  override toString(): string {
    return `${this.actor} next step (${this.name}) ${JSON.stringify(this.picks)}`;
  }
}
const tellerStepArb = fc
  .tuple(fc.constantFrom<Actor>('teller1', 'teller2'), picks)
  .map(([a, p]) => new TellerStep('counter:signOn', a, { ...p, c: p.c | 1 }));
/** A principal trying a command its role may not send (the authorization probe proper). */
const FORBIDDEN_PAIRS = FUZZED.flatMap((name) =>
  ACTORS.filter((a) => !COMMAND_ROLES[name].includes(ROLE_OF[a])).map((a) => [name, a] as const),
);
const forbiddenArb = fc.tuple(fc.constantFrom(...FORBIDDEN_PAIRS), picks).map(([[name, a], p]) => new Send(name, a, p));
const commandsArb = fc
  .commands(
    [
      ...[sendArb, sendArb, issueArb, issueArb, callArb, tellerArb],
      ...[tellerStepArb, tellerStepArb, tellerStepArb, forbiddenArb, forbiddenArb],
    ],
    { maxCommands: STEPS, size: 'max' },
  )
  // Long enough for a queue to form and move (fast-check draws any length up to the maximum).
  .filter((cmds) => [...cmds].length >= STEPS / 2);

async function connectAs(server: TestServer, token: string): Promise<{ socket: LobbySocket; principal: Principal }> {
  const socket: LobbySocket = connectClient(server.url, {
    auth: { token },
    transports: ['websocket'],
    forceNew: true,
    autoConnect: false,
  });
  const principal = await new Promise<Principal>((resolve, reject) => {
    socket.once('session:ready', (info) => resolve(info.principal));
    socket.once('connect_error', reject);
    socket.connect();
  });
  return { socket, principal };
}

async function startRun(): Promise<Run> {
  // No timer ticks during a run: every change is a command's.
  const server = await startTestServer({ tickIntervalMs: 3_600_000 });
  const tokens: Record<Actor, string> = {
    kiosk: server.deviceToken('kiosk'),
    display: server.deviceToken('display'),
    evaluator: server.deviceToken('evaluator', 'c2'),
    teller1: await server.login('teller1'),
    teller2: await server.login('teller2'),
    lobby: await server.login('lobby'),
    admin: await server.login('admin'),
  };
  const sockets = new Map<Actor, LobbySocket>();
  const principals = new Map<Actor, Principal>();
  for (const actor of ACTORS) {
    const { socket, principal } = await connectAs(server, tokens[actor]);
    sockets.set(actor, socket);
    principals.set(actor, principal);
  }
  await server.forecastSettled();
  return { server, sockets, principals, log: new CommandLog(10_000), violations: [] };
}

/** No event acted by a principal whose role the command roles do not list for what logs it. */
function unauthorizedActors(events: StaffQueueEvent[], run: Run): string[] {
  const roleOfId = new Map([...run.principals].map(([a, p]) => [p.id, ROLE_OF[a]]));
  const out: string[] = [];
  for (const e of events) {
    const role = e.actorId === null ? undefined : roleOfId.get(e.actorId);
    if (role === undefined) continue;
    const causes = CAUSED_BY[e.type];
    const mayCause = causes === undefined ? role !== 'display' : causes.some((c) => COMMAND_ROLES[c].includes(role));
    tally.record('stateful fuzz: logged event whose actor’s role may cause it', mayCause);
    if (!mayCause) out.push(`seq ${e.seq} ${e.type} acted by a ${role}`);
  }
  return out;
}

async function checkRun(run: Run): Promise<void> {
  await run.server.forecastSettled();
  const record = readDurableRecord(run.server.dataDir);
  const staff = record.events;
  const problems = {
    perCommand: run.violations,
    untypedAcks: run.log.untyped,
    gaps: gapsInLog(record.events),
    doubleHolding: doubleHolding(staff),
    reusedNumbers: reusedNumbers(record.tickets),
    missingAckedEffects: missingAckedEffects(run.log.records, record),
    // Reads (snapshot, sync, VIP lookup) are answered, not stored.
    ackStoreDisagreements: ackStoreDisagreements(
      run.log.records.filter((r) => !READS.has(r.name)),
      record,
    ),
    unauthorizedActors: unauthorizedActors(staff, run),
  };
  const clean = Object.fromEntries(Object.keys(problems).map((k) => [k, []]));
  expect(problems, run.log.records.map((r) => `${r.principal} ${r.name} ${JSON.stringify(r.ack)}`).join('\n')).toEqual(
    clean,
  );
}

test(
  `stateful fuzz: ${RUNS} runs of up to ${STEPS} commands from every role over real sockets keep the invariants`,
  {
    timeout: 60_000 + RUNS * STEPS * 1_000,
  },
  async () => {
    const totals = { runs: 0, commands: 0, ok: 0, refused: 0 };
    const okByCommand = new Map<CommandName, number>();
    await fc.assert(
      fc.asyncProperty(commandsArb, async (cmds) => {
        const run = await startRun();
        try {
          await fc.asyncModelRun(() => ({ model: { issuedNumbers: new Set<string>() }, real: run }), cmds);
          await checkRun(run);
          totals.runs++;
          totals.commands += run.log.records.length;
          totals.ok += run.log.okAcks().length;
          totals.refused += run.log.records.filter((r) => r.ack?.ok === false).length;
          for (const r of run.log.okAcks()) okByCommand.set(r.name, (okByCommand.get(r.name) ?? 0) + 1);
        } finally {
          for (const s of run.sockets.values()) s.disconnect();
          await run.server.close();
        }
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: true },
    );
    console.log(
      `stateful fuzz: ${totals.runs} runs, ${totals.commands} commands (${totals.ok} ok, ${totals.refused} refused)`,
      `\n  ok by command: ${[...okByCommand].map(([n, c]) => `${n} ${c}`).join(', ')}`,
    );
    // The runs moved the queue: tickets were issued and served, not only refused.
    expect(totals.ok).toBeGreaterThan(totals.runs * 3);
  },
);
