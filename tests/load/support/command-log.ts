import { randomUUID } from 'node:crypto';
import { isErrorCode, type Ack, type CommandName, type CommandPayload, type CommandResults } from '@lobby/shared';
import type { LobbySocket } from '../../support/server.ts';

/**
 * Every command a load client sent and what came back. Acks are the claims the
 * after-checks hold the server to: an ok ack must have its effect in the database.
 */
export interface CommandRecord {
  name: CommandName;
  requestId: string;
  principal: string;
  ack: Ack<unknown> | null;
  /** Timed out or the connection dropped before an ack: no claim either way. */
  lost: boolean;
  /** The ack came from a resend with the same requestId after a reconnect (as the apps do). */
  retried: boolean;
  /** Milliseconds from the (last) send to its ack. */
  ms: number | null;
}

type Payload<C extends CommandName> = DistributiveOmit<CommandPayload<C>, 'requestId'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class CommandLog {
  readonly records: CommandRecord[] = [];
  /** Acks that were not in the closed error-code set, or INTERNAL: always a bug. */
  readonly untyped: string[] = [];
  /** Two sends of one requestId that got different answers. */
  readonly idempotencyViolations: string[] = [];

  private readonly ackTimeoutMs: number;
  private readonly retryLost: boolean;

  /**
   * @param retryLost resend an unanswered command once, with the same requestId, after the
   *   socket reconnects: the server must answer from its stored result if the first attempt
   *   was committed (idempotency surviving a crash), or execute it now if it was not.
   */
  constructor(ackTimeoutMs = 10_000, retryLost = false) {
    this.ackTimeoutMs = ackTimeoutMs;
    this.retryLost = retryLost;
  }

  async send<C extends CommandName>(
    socket: LobbySocket,
    principal: string,
    name: C,
    payload: Payload<C>,
    requestId: string = randomUUID(),
  ): Promise<Ack<CommandResults[C]> | null> {
    const record: CommandRecord = { name, requestId, principal, ack: null, lost: false, retried: false, ms: null };
    this.records.push(record);
    const attempt = async (): Promise<Ack<CommandResults[C]> | null> => {
      const sent = performance.now();
      try {
        const emit = socket.timeout(this.ackTimeoutMs).emitWithAck as unknown as (
          n: string,
          p: unknown,
        ) => Promise<Ack<CommandResults[C]>>;
        const answer = await emit.call(socket.timeout(this.ackTimeoutMs), name, { ...payload, requestId });
        record.ms = performance.now() - sent;
        return answer;
      } catch {
        return null;
      }
    };
    let ack = await attempt();
    if (ack === null && this.retryLost) {
      const deadline = Date.now() + 15_000;
      while (!socket.connected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (socket.connected) {
        record.retried = true;
        ack = await attempt();
      }
    }
    if (ack === null) {
      record.lost = true;
      return null;
    }
    record.ack = ack;
    if (!ack.ok && (!isErrorCode(ack.code) || ack.code === 'INTERNAL'))
      this.untyped.push(`${name}: ${JSON.stringify(ack)}`);
    return ack;
  }

  /** The same command twice at once with one requestId (a double-click): both answers must be equal. */
  async sendTwice<C extends CommandName>(
    socket: LobbySocket,
    principal: string,
    name: C,
    payload: Payload<C>,
  ): Promise<Ack<CommandResults[C]> | null> {
    const requestId = randomUUID();
    const [a, b] = await Promise.all([
      this.send(socket, principal, name, payload, requestId),
      this.send(socket, principal, name, payload, requestId),
    ]);
    if (a && b && JSON.stringify(a) !== JSON.stringify(b))
      this.idempotencyViolations.push(`${name} ${requestId}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    return a ?? b;
  }

  okAcks(): CommandRecord[] {
    return this.records.filter((r) => r.ack?.ok === true);
  }

  /** Ack latency of answered commands: median, 99th percentile and max, in ms. */
  ackLatency(): { p50: number; p99: number; max: number } {
    const ms = this.records.flatMap((r) => (r.ms === null ? [] : [r.ms])).sort((a, b) => a - b);
    const at = (q: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? NaN);
    return { p50: at(0.5), p99: at(0.99), max: Math.round(ms[ms.length - 1] ?? NaN) };
  }

  /** Which commands went unanswered, by name (for the run's summary line). */
  lostByCommand(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.records) if (r.lost) out[r.name] = (out[r.name] ?? 0) + 1;
    return out;
  }

  countsByCode(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.records) {
      const key = r.lost ? 'lost' : r.ack?.ok ? 'ok' : (r.ack as { code: string }).code;
      out[key] = (out[key] ?? 0) + 1;
      if (r.retried) out['retried'] = (out['retried'] ?? 0) + 1;
    }
    return out;
  }
}
