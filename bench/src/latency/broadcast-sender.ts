import { randomUUID } from 'node:crypto';
import { io as connectClient } from 'socket.io-client';

/**
 * P8's sender, run as its own process (so its timers share no event loop with the server or
 * the clients): connects to `url` and sends `count` broadcasts on a fixed schedule, the k-th
 * at start + k × interval whatever happened to the ones before (no waiting for acks: no
 * coordinated omission). Prints one JSON line: each broadcast's key and scheduled time
 * (absolute ms, timeOrigin + now, comparable across processes), the latest send behind its
 * schedule, and the rate achieved.
 *   node --import tsx broadcast-sender.ts <url> <token|-> <ours|bare> <count> <intervalMs>
 */
export interface SenderReport {
  sent: { key: string; scheduledAt: number }[];
  maxBehindMs: number;
  achievedPerSec: number;
  refused: string[];
}

const [url, token, mode, countText, intervalText] = process.argv.slice(2);
const count = Number(countText);
const interval = Number(intervalText);
const now = () => performance.timeOrigin + performance.now();

const socket = connectClient(url!, {
  auth: token && token !== '-' ? { token } : {},
  transports: ['websocket'],
  forceNew: true,
  reconnection: false,
});
await new Promise<void>((done, fail) => {
  socket.once(mode === 'ours' ? 'session:ready' : 'connect', () => done());
  socket.once('connect_error', fail);
});

const report: SenderReport = { sent: [], maxBehindMs: 0, achievedPerSec: 0, refused: [] };
const acks: Promise<void>[] = [];
const start = now() + 50;
let firstSent = 0;
let lastSent = 0;
for (let k = 0; k < count; k++) {
  const scheduledAt = start + k * interval;
  const wait = scheduledAt - now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  lastSent = now();
  if (k === 0) firstSent = lastSent;
  report.maxBehindMs = Math.max(report.maxBehindMs, lastSent - scheduledAt);
  const key = `b${k}-${randomUUID().slice(0, 8)}`;
  report.sent.push({ key, scheduledAt });
  // Acks are awaited only at the end (the schedule never waits for them); the bare relay acks too,
  // so the last sends are not cut off by the disconnect.
  const ack = (socket.timeout(20_000).emitWithAck as (e: string, p: unknown) => Promise<{ ok: boolean; code?: string }>)
    .call(
      socket.timeout(20_000),
      mode === 'ours' ? 'hall:broadcast' : 'send',
      mode === 'ours' ? { requestId: randomUUID(), text: key, speak: false } : { id: key },
    )
    .then((a) => {
      if (!a.ok) report.refused.push(a.code ?? 'refused');
    });
  acks.push(ack);
}
// Sends per second between the first and the last actual send.
report.achievedPerSec = count > 1 && lastSent > firstSent ? ((count - 1) * 1000) / (lastSent - firstSent) : 0;
await Promise.all(acks);
process.stdout.write(`${JSON.stringify(report)}\n`);
socket.disconnect();
