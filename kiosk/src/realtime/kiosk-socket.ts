import { io, type Socket } from 'socket.io-client';
import {
  QUEUE_EVENT_TYPES,
  type Ack,
  type ClientToServerEvents,
  type CommandResults,
  type EstimatesView,
  type IssuedTicket,
  type QueueEvent,
  type ServerToClientEvents,
  type SyncResult,
} from '@lobby/shared';
import type { KioskStore } from '../state/kiosk-store.ts';
import { floorAfterEstimates, floorAfterEvent, floorFromSnapshot, judgeSeq } from '../state/floor-updates.ts';

/**
 * The kiosk's socket, bound once outside React. It keeps the floor state current (resync
 * on every connect and on any seq gap) and offers the two commands the kiosk sends.
 * Commands are never queued while offline: a ticket must not print minutes after the
 * customer gave up.
 */
export type KioskSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Client-side failure: no answer from the server. */
export type Unreachable = { ok: false; code: 'UNREACHABLE' };
export type KioskAck<T> = Ack<T> | Unreachable;

export interface KioskCommands {
  issueTicket(payload: {
    requestId: string;
    laneId: string;
    businessTypeId: string;
    priorityGroupId: string | null;
    vipIdentifier: string | null;
  }): Promise<KioskAck<IssuedTicket>>;
  lookupVip(payload: { requestId: string; vipIdentifier: string }): Promise<KioskAck<CommandResults['vip:lookup']>>;
}

const COMMAND_TIMEOUT_MS = 8000;
/** Denied by the server (bad or revoked token): try again now and then, it may be re-paired. */
const DENIED_RETRY_MS = 30_000;

export interface KioskConnection {
  socket: KioskSocket;
  commands: KioskCommands;
  close(): void;
}

export function connectKiosk(store: KioskStore, token: string, url?: string): KioskConnection {
  const socket: KioskSocket = url ? io(url, { auth: { token } }) : io({ auth: { token } });
  let deniedTimer: ReturnType<typeof setTimeout> | null = null;
  let syncing = false;

  const applySync = (result: SyncResult) => {
    if (result.kind === 'snapshot') {
      store.setState(floorFromSnapshot(result.snapshot, Date.now()));
      return;
    }
    for (const event of result.events) applyEvent(event, false);
  };

  const resync = () => {
    if (syncing || !socket.connected) return;
    syncing = true;
    const lastSeq = store.getState().lastSeq;
    const done = () => {
      syncing = false;
    };
    if (lastSeq === null) {
      socket.timeout(COMMAND_TIMEOUT_MS).emit('snapshot:get', {}, (err, res) => {
        done();
        if (!err && res.ok) applySync({ kind: 'snapshot', snapshot: res.data });
        else if (socket.connected) setTimeout(resync, 1000);
      });
    } else {
      socket.timeout(COMMAND_TIMEOUT_MS).emit('sync:request', { sinceSeq: lastSeq }, (err, res) => {
        done();
        if (!err && res.ok) applySync(res.data);
        else if (socket.connected) setTimeout(resync, 1000);
      });
    }
  };

  function applyEvent(event: QueueEvent, mayResync: boolean) {
    const state = store.getState();
    const verdict = judgeSeq(state.lastSeq, event.seq);
    if (verdict === 'stale') return;
    if (verdict === 'gap') {
      if (mayResync) resync();
      return;
    }
    store.setState(floorAfterEvent(state, event));
  }

  socket.on('connect', () => {
    store.setState({ connection: 'online' });
    resync();
  });
  socket.on('disconnect', (reason) => {
    store.setState({ connection: 'offline' });
    // The server dropped us on purpose (restart, kick): socket.io will not retry by itself.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', () => {
    // `active` false = the server refused this token; otherwise socket.io keeps retrying.
    if (socket.active) {
      store.setState({ connection: 'offline' });
      return;
    }
    store.setState({ connection: 'unpaired' });
    if (deniedTimer === null) {
      deniedTimer = setTimeout(() => {
        deniedTimer = null;
        socket.connect();
      }, DENIED_RETRY_MS);
    }
  });
  socket.on('session:revoked', () => {
    store.setState({ connection: 'unpaired' });
    socket.disconnect();
  });
  for (const type of QUEUE_EVENT_TYPES) {
    socket.on(type, (event: QueueEvent) => applyEvent(event, true));
  }
  // Not sequenced: the newest forecast replaces the last (before the first snapshot there is nothing to update).
  socket.on('estimates:updated', (view: EstimatesView) => {
    const state = store.getState();
    if (state.lastSeq !== null) store.setState(floorAfterEstimates(state, view));
  });

  function send<T>(emit: (cb: (err: Error | null, res: Ack<T>) => void) => void): Promise<KioskAck<T>> {
    if (!socket.connected) return Promise.resolve({ ok: false, code: 'UNREACHABLE' });
    return new Promise((resolve) => emit((err, res) => resolve(err ? { ok: false, code: 'UNREACHABLE' } : res)));
  }

  const commands: KioskCommands = {
    issueTicket: (payload) => send((cb) => socket.timeout(COMMAND_TIMEOUT_MS).emit('ticket:issue', payload, cb)),
    lookupVip: (payload) => send((cb) => socket.timeout(COMMAND_TIMEOUT_MS).emit('vip:lookup', payload, cb)),
  };

  return {
    socket,
    commands,
    close() {
      if (deniedTimer !== null) clearTimeout(deniedTimer);
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}
