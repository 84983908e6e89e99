import type { TicketStaffView } from '@lobby/shared';
import type { LobbySocket } from '../../support/server.ts';
import type { CommandLog } from './command-log.ts';
import type { MirrorClient } from './mirror-client.ts';

/**
 * The load clients. Each loop stops by itself at `deadline` (or when `stop()` says so) and
 * is driven by a seeded random source, so a failing run can be replayed.
 */
export type Rand = () => number;

/** mulberry32: tiny seeded PRNG for choosing actions. */
export function seededRandom(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface LoopControl {
  deadline: number;
  stopped?: () => boolean;
}

const running = (c: LoopControl) => Date.now() < c.deadline && !(c.stopped?.() ?? false);

export interface TellerClient {
  socket: LobbySocket;
  principal: string;
  counterId: string;
}

/**
 * A teller working a counter: call → (recall + no-show) | start → finish | suspend | transfer.
 * One call and one finish in ten are double-clicks (same requestId sent twice at once).
 * The teller re-signs on whenever the server says the counter is not what it thought
 * (busy after a lobby call on its behalf, signed off after a restart): sign-on answers
 * with the counter's current ticket.
 */
export async function runTeller(t: TellerClient, log: CommandLog, rand: Rand, ctl: LoopControl): Promise<void> {
  const { socket, principal, counterId } = t;
  let signedOn = false;
  let current: string | null = null;
  while (running(ctl)) {
    if (!socket.connected) {
      await sleep(50);
      continue;
    }
    if (!signedOn) {
      const on = await log.send(socket, principal, 'counter:signOn', { counterId });
      if (!on?.ok) {
        await sleep(100);
        continue;
      }
      signedOn = true;
      current = on.data.currentTicketId;
    }
    if (current === null) {
      const called =
        rand() < 0.1
          ? await log.sendTwice(socket, principal, 'counter:callNext', { counterId })
          : await log.send(socket, principal, 'counter:callNext', { counterId });
      if (called?.ok) current = called.data.id;
      else {
        if (called === null || called.code === 'COUNTER_BUSY' || called.code === 'COUNTER_NOT_SIGNED_ON')
          signedOn = false;
        await sleep(called?.code === 'QUEUE_EMPTY' ? 30 : 60);
        continue;
      }
    }
    const done = await serveTicket(t, current, log, rand);
    if (done) current = null;
    else {
      signedOn = false;
      await sleep(60);
    }
  }
}

/** One customer at the counter; false when the server refused (state differs from what the teller thought). */
async function serveTicket(
  { socket, principal, counterId }: TellerClient,
  ticketId: string,
  log: CommandLog,
  rand: Rand,
): Promise<boolean> {
  const r = rand();
  if (r < 0.05) {
    await log.send(socket, principal, 'ticket:recall', { counterId });
    const gone = await log.send(socket, principal, 'ticket:markNoShow', { counterId });
    // Too soon after the call for 过号 (the branch's noShowMinSec): the customer turns up after all.
    if (gone?.ok || gone?.code !== 'NO_SHOW_TOO_EARLY') return gone?.ok === true;
  }
  const started = await log.send(socket, principal, 'ticket:start', { counterId });
  if (!started?.ok) return false;
  if (r < 0.1)
    return (
      (await log.send(socket, principal, 'ticket:suspend', { counterId, note: '材料不全 load test' }))?.ok === true
    );
  if (r < 0.14) {
    const to = { kind: 'lane' as const, laneId: rand() < 0.5 ? 'A' : 'B', position: 'last' as const };
    return (await log.send(socket, principal, 'ticket:transfer', { ticketId, to, note: 'load transfer' }))?.ok === true;
  }
  const payload = { counterId, outcome: 'served' as const, servedBusinessTypeIds: [] };
  const finished =
    rand() < 0.1
      ? await log.sendTwice(socket, principal, 'ticket:finish', payload)
      : await log.send(socket, principal, 'ticket:finish', payload);
  return finished?.ok === true;
}

export interface KioskClient {
  socket: LobbySocket;
  principal: string;
}

/** Acknowledged issues: the tickets the branch promised to customers. */
export interface IssuedRecord {
  ticketId: string;
  number: string;
  laneId: string;
}

export async function runKiosk(
  k: KioskClient,
  lanes: Map<string, string[]>,
  log: CommandLog,
  issued: IssuedRecord[],
  rand: Rand,
  ctl: LoopControl,
  pauseMs: [number, number],
): Promise<void> {
  const laneIds = [...lanes.keys()];
  while (running(ctl)) {
    if (!k.socket.connected) {
      await sleep(50);
      continue;
    }
    const laneId = laneIds[Math.floor(rand() * laneIds.length)]!;
    const types = lanes.get(laneId)!;
    const ack = await log.send(k.socket, k.principal, 'ticket:issue', {
      laneId,
      businessTypeId: types[Math.floor(rand() * types.length)]!,
      priorityGroupId: rand() < 0.1 ? 'elderly' : null,
    });
    if (ack?.ok) issued.push({ ticketId: ack.data.ticket.id, number: ack.data.ticket.number, laneId: ack.data.laneId });
    await sleep(pauseMs[0] + rand() * (pauseMs[1] - pauseMs[0]));
  }
}

/**
 * The lobby manager: resumes suspended tickets (front or pinned), now and then cancels a
 * waiting ticket and calls one on a teller's behalf — acting on the same tickets and
 * counters as the tellers, which is where double holding would show up.
 */
export async function runLobby(
  socket: LobbySocket,
  principal: string,
  mirror: MirrorClient,
  counterIds: string[],
  log: CommandLog,
  rand: Rand,
  ctl: LoopControl,
): Promise<void> {
  while (running(ctl)) {
    await sleep(40 + rand() * 80);
    if (!socket.connected) continue;
    const tickets = [...mirror.tickets.values()] as TicketStaffView[];
    const suspended = tickets.filter((t) => t.status === 'suspended');
    const waiting = tickets.filter((t) => t.status === 'waiting');
    const r = rand();
    if (suspended.length > 0 && r < 0.6) {
      const t = suspended[Math.floor(rand() * suspended.length)]!;
      await log.send(socket, principal, 'ticket:resume', {
        ticketId: t.id,
        mode: rand() < 0.5 ? 'front' : 'pinned',
        reason: 'materials complete',
      });
    } else if (waiting.length > 0 && r < 0.75) {
      const t = waiting[Math.floor(rand() * waiting.length)]!;
      await log.send(socket, principal, 'ticket:cancel', { ticketId: t.id, reason: 'customer left' });
    } else if (r < 0.95) {
      // Covering for a teller: races the teller's own call on that counter.
      await log.send(socket, principal, 'counter:callNext', {
        counterId: counterIds[Math.floor(rand() * counterIds.length)]!,
      });
    }
  }
}
