import { parentPort, workerData } from 'node:worker_threads';
import { io as connectClient, type Socket } from 'socket.io-client';

/**
 * Runs in a worker thread: N socket.io clients, so their JSON parsing does not share the
 * server's event loop (which is what we measure). Every `event` a client receives is
 * timed (absolute ms: timeOrigin + now, comparable across threads) and grouped by key;
 * when all N clients have a key it is posted back, and `flush` posts what is incomplete.
 */
export interface SwarmSpec {
  url: string;
  tokens: (string | null)[];
  readyEvent: 'session:ready' | 'connect';
  event: string;
  key: 'ticketId' | 'messageText' | 'id';
}

export type SwarmMessage =
  | { type: 'connected' }
  | { type: 'error'; message: string }
  | { type: 'complete'; key: string; times: number[] }
  | { type: 'flushed'; partial: { key: string; times: number[] }[] };

const spec = workerData as SwarmSpec;
const port = parentPort!;
const now = () => performance.timeOrigin + performance.now();
const received = new Map<string, number[]>();

function keyOf(e: unknown): string | null {
  const o = e as { ticket?: { id?: string }; message?: { text?: string }; id?: string };
  const k = spec.key === 'ticketId' ? o.ticket?.id : spec.key === 'messageText' ? o.message?.text : o.id;
  return typeof k === 'string' ? k : null;
}

function open(token: string | null): Promise<Socket> {
  const s = connectClient(spec.url, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  return new Promise((done, fail) => {
    s.once(spec.readyEvent, () => done(s));
    s.once('connect_error', fail);
  });
}

const sockets: Socket[] = [];
try {
  for (let i = 0; i < spec.tokens.length; i += 25)
    sockets.push(...(await Promise.all(spec.tokens.slice(i, i + 25).map(open))));
  for (const s of sockets) {
    s.on(spec.event, (e: unknown) => {
      const t = now();
      const key = keyOf(e);
      if (key === null) return;
      let times = received.get(key);
      if (!times) received.set(key, (times = []));
      times.push(t);
      if (times.length === sockets.length) {
        received.delete(key);
        port.postMessage({ type: 'complete', key, times } satisfies SwarmMessage);
      }
    });
  }
  port.postMessage({ type: 'connected' } satisfies SwarmMessage);
} catch (err) {
  port.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) } satisfies SwarmMessage);
}

port.on('message', (m: { type: 'flush' | 'close' }) => {
  if (m.type === 'flush') {
    port.postMessage({
      type: 'flushed',
      partial: [...received].map(([key, times]) => ({ key, times })),
    } satisfies SwarmMessage);
    received.clear();
  } else {
    for (const s of sockets) s.disconnect();
    port.close();
  }
});
