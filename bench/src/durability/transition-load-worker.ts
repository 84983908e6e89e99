import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { Ack } from '@lobby/shared';
import { connectSocket, type BenchSocket } from '../common/bench-app.ts';
import { summarize } from '../common/latency-stats.ts';
import type { TransitionLoadMessage, TransitionLoadSpec } from './transition-load-spec.ts';
import { runTransitionLoops } from './transition-loops.ts';

/**
 * Runs in a worker thread: the P2 closed loops (transition-loops.ts) over real sockets,
 * for `seconds`; posts the counts and the clients' round trips back.
 */
const spec = workerData as TransitionLoadSpec;

const roundTrips: number[] = [];

const send = (socket: BenchSocket, name: string, payload: Record<string, unknown>): Promise<Ack<unknown>> => {
  const timed = socket.timeout(20_000);
  const emit = timed.emitWithAck as unknown as (n: string, p: unknown) => Promise<Ack<unknown>>;
  return emit.call(timed, name, { requestId: randomUUID(), ...payload });
};

/** A transition command of the loops, timed from when it was due (its emit, unpaced) to its ack. */
const cmd = async (
  socket: BenchSocket,
  name: string,
  payload: Record<string, unknown>,
  dueAt: number,
): Promise<Ack<unknown>> => {
  const ack = await send(socket, name, payload);
  roundTrips.push(performance.now() - dueAt);
  return ack;
};

async function run(): Promise<TransitionLoadMessage> {
  const kiosks: BenchSocket[] = [];
  for (let i = 0; i < spec.kiosks; i++) kiosks.push(await connectSocket(spec.url, spec.kioskToken));
  const tellers: { socket: BenchSocket; counterId: string }[] = [];
  for (const t of spec.tellers) {
    const socket = await connectSocket(spec.url, t.token);
    const on = await send(socket, 'counter:signOn', { counterId: t.counterId });
    if (!on.ok) throw new Error(`signOn ${t.counterId}: ${on.code}`);
    tellers.push({ socket, counterId: t.counterId });
  }
  const result = await runTransitionLoops({
    seconds: spec.seconds,
    kiosks: kiosks.length,
    tellers: tellers.length,
    ...(spec.ratePerSec === undefined ? {} : { ratePerSec: spec.ratePerSec }),
    issue: (k, what, dueAt) =>
      cmd(kiosks[k]!, 'ticket:issue', { ...what, priorityGroupId: null, vipIdentifier: null }, dueAt),
    teller: (i, step, dueAt) => {
      const { socket, counterId } = tellers[i]!;
      if (step === 'callNext') return cmd(socket, 'counter:callNext', { counterId }, dueAt);
      if (step === 'start') return cmd(socket, 'ticket:start', { counterId }, dueAt);
      return cmd(socket, 'ticket:finish', { counterId, outcome: 'served', servedBusinessTypeIds: [] }, dueAt);
    },
  });
  for (const s of [...kiosks, ...tellers.map((t) => t.socket)]) s.disconnect();
  return { type: 'done', ...result, roundTrip: summarize(roundTrips) };
}

run().then(
  (m) => parentPort!.postMessage(m),
  (err: unknown) =>
    parentPort!.postMessage({
      type: 'error',
      message: err instanceof Error ? err.message : String(err),
    } satisfies TransitionLoadMessage),
);
