import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  ArrivalMatch,
  BranchConfig,
  EmergencyState,
  EstimatesView,
  IssuedTicket,
  LaneStats,
  Punctuality,
  UiLanguage,
} from '@lobby/shared';
import { INITIAL_FLOW, type FlowState } from '../logic/flow.ts';
import type { Refusal } from '../logic/refusals.ts';

/**
 * The kiosk's one store. Floor state (config, lanes, emergency) comes only from the server;
 * flow state is the customer's path. `issued` is set only from an ok `ticket:issue` ack,
 * so no screen can show a number the server did not issue.
 */
export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'unpaired';
export type PrintStatus = 'idle' | 'printing' | 'printed' | 'failed';

/** The 预约取号 screen: what was typed, and what the server found for it. */
export interface ArrivalState {
  digits: string;
  match: ArrivalMatch | null;
  /** Nothing for today under what was given (or it was not a code, QR or number). */
  notFound: boolean;
}

export const EMPTY_ARRIVAL: ArrivalState = { digits: '', match: null, notFound: false };

/** How the ticket on screen came to be: a booking checked in on time or late, or a phone ticket activated. */
export type ArrivalOutcome = Punctuality | 'activated';

export interface KioskState {
  connection: ConnectionStatus;
  /** Highest event seq applied; null until the first snapshot. */
  lastSeq: number | null;
  /** Server clock minus local clock, so business hours are judged on the server's time. */
  clockOffsetMs: number;
  config: BranchConfig | null;
  lanes: Record<string, LaneStats>;
  /** The latest wait forecast: what a ticket taken now is told (the confirm screen and the ticket show the same). */
  estimates: EstimatesView | null;
  emergency: EmergencyState;
  businessDate: string | null;
  lang: UiLanguage;
  flow: FlowState;
  /** A refusal shown over the current step (lane paused, cap, server answer…). */
  refusal: Refusal | null;
  busy: boolean;
  issued: IssuedTicket | null;
  /** QR code (data URL) of the issued ticket's mobile page. */
  issuedQr: string | null;
  printStatus: PrintStatus;
  arrival: ArrivalState;
  /** Null for a ticket taken at the kiosk. */
  arrivalOutcome: ArrivalOutcome | null;
}

export const NO_EMERGENCY: EmergencyState = { active: false, message: '', since: null };

export function initialKioskState(): KioskState {
  return {
    connection: 'connecting',
    lastSeq: null,
    clockOffsetMs: 0,
    config: null,
    lanes: {},
    estimates: null,
    emergency: NO_EMERGENCY,
    businessDate: null,
    lang: 'zh',
    flow: INITIAL_FLOW,
    refusal: null,
    busy: false,
    issued: null,
    issuedQr: null,
    printStatus: 'idle',
    arrival: EMPTY_ARRIVAL,
    arrivalOutcome: null,
  };
}

export type KioskStore = StoreApi<KioskState>;

export function createKioskStore(): KioskStore {
  return createStore<KioskState>()(() => initialKioskState());
}
