import type { Ack, ArrivalMatch, CheckedIn, CommandResults, IssuedTicket } from '@lobby/shared';
import { openRealtime, type CommandResult, type UserCommand } from '@lobby/shared/realtime-client';
import type { ConnectionStatus, KioskStore } from '../state/kiosk-store.ts';
import { floorAfterEstimates, floorAfterEvent, floorFromSnapshot } from '../state/floor-updates.ts';

/**
 * The kiosk's socket, bound once outside React, on the shared client realtime module: it
 * keeps the floor state current (resync on every connect and on any seq gap) and offers
 * the commands the kiosk sends. Commands are never queued while offline: a ticket must
 * not print minutes after the customer gave up.
 */

/** Client-side failure: no answer from the server. */
export type Unreachable = { ok: false; code: 'UNREACHABLE' };
export type KioskAck<T> = Ack<T> | Unreachable;

export interface KioskCommands {
  issueTicket(payload: {
    requestId: string;
    laneId: string;
    businessTypeId: string;
    priorityGroupId: string | null;
    /** Always null from a kiosk: the proof from lookupVip stands for the number. */
    vipIdentifier: null;
    vipProof: string | null;
  }): Promise<KioskAck<IssuedTicket>>;
  lookupVip(payload: { requestId: string; vipIdentifier: string }): Promise<KioskAck<CommandResults['vip:lookup']>>;
  /** 预约取号: what today's booking code, QR text or mobile number stands for. */
  findArrival(payload: { query: string }): Promise<KioskAck<ArrivalMatch>>;
  checkIn(payload: { requestId: string; bookingId: string }): Promise<KioskAck<CheckedIn>>;
  /** A phone ticket's customer is here: it becomes callable. */
  activateTicket(payload: { requestId: string; ticketId: string }): Promise<KioskAck<IssuedTicket>>;
}

/** Denied by the server (bad or revoked token): try again now and then, it may be re-paired. */
const DENIED_RETRY_MS = 30_000;
const COMMAND_TIMEOUT_MS = 8000;

export interface KioskConnection {
  commands: KioskCommands;
  close(): void;
}

const LINK_STATUS = {
  connecting: 'connecting',
  syncing: 'online',
  connected: 'online',
  disconnected: 'offline',
} as const satisfies Record<string, ConnectionStatus>;

/** The kiosk's screens know one client-side failure: the server could not be reached. */
function kioskAck<C extends UserCommand>(result: CommandResult<C>): KioskAck<CommandResults[C]> {
  if (!result.ok && (result.code === 'CLIENT_OFFLINE' || result.code === 'CLIENT_TIMEOUT'))
    return { ok: false, code: 'UNREACHABLE' };
  return result as Ack<CommandResults[C]>;
}

export function connectKiosk(store: KioskStore, token: string, url?: string): KioskConnection {
  const connection = openRealtime(
    token,
    {
      currentSeq: () => store.getState().lastSeq ?? 0,
      applySnapshot: (snapshot) => store.setState(floorFromSnapshot(snapshot, Date.now())),
      applyEvent: (event) => store.setState(floorAfterEvent(store.getState(), event)),
      // Before the first snapshot there is nothing to put the figures on.
      setEstimates: (view) => {
        const state = store.getState();
        if (state.lastSeq !== null) store.setState(floorAfterEstimates(state, view));
      },
      setConnection: (state) => store.setState({ connection: LINK_STATUS[state] }),
      onDenied: () => store.setState({ connection: 'unpaired' }),
    },
    { ...(url ? { url } : {}), ackTimeoutMs: COMMAND_TIMEOUT_MS, refusedRetryMs: DENIED_RETRY_MS },
  );

  const commands: KioskCommands = {
    issueTicket: async (payload) => kioskAck(await connection.sendCommand('ticket:issue', payload)),
    lookupVip: async (payload) => kioskAck(await connection.sendCommand('vip:lookup', payload)),
    findArrival: async (payload) => kioskAck(await connection.sendCommand('arrival:find', payload)),
    checkIn: async (payload) => kioskAck(await connection.sendCommand('booking:checkIn', payload)),
    activateTicket: async (payload) => kioskAck(await connection.sendCommand('ticket:activate', payload)),
  };
  return { commands, close: () => connection.close() };
}
