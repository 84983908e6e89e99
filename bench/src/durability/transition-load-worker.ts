import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { Ack } from '@lobby/shared';
import { connectSocket, type BenchSocket } from '../common/bench-app.ts';
import { BENCH_ISSUES, type TransitionLoadMessage, type TransitionLoadSpec } from './transition-load-spec.ts';

/**
 * Runs in a worker thread: kiosks issuing and one teller per counter calling, starting
 * and finishing, each waiting for its ack before the next command (closed loop), for
 * `seconds`. Counts the acknowledged transitions and posts them back.
 */
const spec = workerData as TransitionLoadSpec;

const cmd = (socket: BenchSocket, name: string, payload: Record<string, unknown>): Promise<Ack<unknown>> => {
  const timed = socket.timeout(20_000);
  const emit = timed.emitWithAck as unknown as (n: string, p: unknown) => Promise<Ack<unknown>>;
  return emit.call(timed, name, { requestId: randomUUID(), ...payload });
};

async function run(): Promise<TransitionLoadMessage> {
  const kiosks: BenchSocket[] = [];
  for (let i = 0; i < spec.kiosks; i++) kiosks.push(await connectSocket(spec.url, spec.kioskToken));
  const tellers: { socket: BenchSocket; counterId: string }[] = [];
  for (const t of spec.tellers) {
    const socket = await connectSocket(spec.url, t.token);
    const on = await cmd(socket, 'counter:signOn', { counterId: t.counterId });
    if (!on.ok) throw new Error(`signOn ${t.counterId}: ${on.code}`);
    tellers.push({ socket, counterId: t.counterId });
  }
  let transitions = 0;
  const count = (a: Ack<unknown>) => {
    if (a.ok) transitions++;
    return a.ok;
  };
  const started = performance.now();
  const end = started + spec.seconds * 1000;
  const issueRefusals: Record<string, number> = {};
  let issues = 0;
  const kioskLoop = async (kiosk: BenchSocket) => {
    while (performance.now() < end) {
      const ack = await cmd(kiosk, 'ticket:issue', { ...BENCH_ISSUES[issues++ % BENCH_ISSUES.length]!, priorityGroupId: null, vipIdentifier: null });
      if (!count(ack)) issueRefusals[ack.code] = (issueRefusals[ack.code] ?? 0) + 1;
    }
  };
  const tellerLoop = async ({ socket, counterId }: { socket: BenchSocket; counterId: string }) => {
    while (performance.now() < end) {
      if (!count(await cmd(socket, 'counter:callNext', { counterId }))) {
        await new Promise((r) => setTimeout(r, 5));
        continue;
      }
      count(await cmd(socket, 'ticket:start', { counterId }));
      count(await cmd(socket, 'ticket:finish', { counterId, outcome: 'served', servedBusinessTypeIds: [] }));
    }
  };
  await Promise.all([...kiosks.map(kioskLoop), ...tellers.map(tellerLoop)]);
  const elapsedSec = (performance.now() - started) / 1000;
  for (const s of [...kiosks, ...tellers.map((t) => t.socket)]) s.disconnect();
  return { type: 'done', transitions, elapsedSec, issueRefusals };
}

run().then(
  (m) => parentPort!.postMessage(m),
  (err: unknown) => parentPort!.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) } satisfies TransitionLoadMessage),
);
