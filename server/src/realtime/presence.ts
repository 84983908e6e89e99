import type { Logger } from 'pino';
import { bothChanges, decide, NO_TICKET_CHANGES } from '../engine/index.ts';
import type { EngineEvent, EngineState, TicketChanges } from '../engine/types.ts';
import type { QueueService } from '../queue/queue-service.ts';

/**
 * Which staff users have at least one connected socket. A counter whose teller has none
 * is taken offline (no calls go there); back online when a socket returns. Right after
 * a server start nobody is connected yet, so offline waits for `startGraceMs`.
 */
export class Presence {
  private readonly sockets = new Map<string, Set<string>>();

  private readonly startedAt: number;
  private readonly startGraceMs: number;

  constructor(startedAt: number, startGraceMs: number) {
    this.startedAt = startedAt;
    this.startGraceMs = startGraceMs;
  }

  add(userId: string, socketId: string): void {
    let set = this.sockets.get(userId);
    if (!set) this.sockets.set(userId, (set = new Set()));
    set.add(socketId);
  }

  remove(userId: string, socketId: string): void {
    const set = this.sockets.get(userId);
    set?.delete(socketId);
    if (set && set.size === 0) this.sockets.delete(userId);
  }

  isConnected(userId: string): boolean {
    return this.sockets.has(userId);
  }

  /** Counters whose online flag disagrees with their teller's connection. */
  changes(state: EngineState, now: number): { counterId: string; online: boolean }[] {
    const out: { counterId: string; online: boolean }[] = [];
    const inGrace = now - this.startedAt < this.startGraceMs;
    for (const c of state.counters.values()) {
      if (c.tellerId === null) continue;
      const connected = this.isConnected(c.tellerId);
      if (connected && !c.online) out.push({ counterId: c.id, online: true });
      else if (!connected && c.online && !inGrace) out.push({ counterId: c.id, online: false });
    }
    return out;
  }
}

/**
 * Keeps counters' online flags in line with their tellers' sockets, through the queue's
 * one write path (counter:setOnline, as the system). Stops when the app closes: sockets
 * dropping because the server goes away are not tellers leaving.
 */
export class PresenceKeeper {
  private closing = false;

  private readonly presence: Presence;
  private readonly queue: QueueService;
  private readonly logger: Logger;

  constructor(presence: Presence, queue: QueueService, logger: Logger) {
    this.presence = presence;
    this.queue = queue;
    this.logger = logger;
  }

  connected(userId: string, socketId: string): void {
    this.presence.add(userId, socketId);
    this.reconcile();
  }

  disconnected(userId: string, socketId: string): void {
    this.presence.remove(userId, socketId);
    this.reconcile();
  }

  /**
   * The changes are worked out when the command's turn comes inside the batch, against the
   * state the commands before it left and the sockets as they are then: a disconnect and a
   * reconnect in the same turn of the event loop cancel out instead of stranding the counter.
   */
  reconcile(): void {
    if (this.closing) return;
    this.queue
      .execute({
        principal: null,
        requestId: null,
        command: 'counter:setOnline',
        decide: (state, now) => {
          let next = state;
          let changedTickets: TicketChanges = NO_TICKET_CHANGES;
          const events: EngineEvent[] = [];
          for (const change of this.presence.changes(state, now)) {
            const r = decide(next, { type: 'counter:setOnline', actorId: null, ...change }, now);
            if (!r.ok) {
              this.logger.warn({ change, code: r.code }, 'presence change refused');
              continue;
            }
            next = r.state;
            changedTickets = bothChanges(changedTickets, r.changedTickets);
            events.push(...r.events);
          }
          return { ok: true, state: next, events, changedTickets };
        },
        result: () => null,
      })
      .catch((err: unknown) => this.logger.error({ err }, 'presence change failed'));
  }

  stop(): void {
    this.closing = true;
  }
}
