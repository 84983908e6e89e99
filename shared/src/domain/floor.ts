import type { LocalizedText } from '../text/localized.ts';

export const COUNTER_STATUSES = ['closed', 'open', 'paused'] as const;
export type CounterStatus = (typeof COUNTER_STATUSES)[number];

/** Reasons a teller or the lobby may pick when pausing a counter. */
export const MANUAL_PAUSE_REASONS = ['break', 'phone', 'handover', 'balancing', 'other'] as const;
/**
 * Every reason a counter can be paused for. `vipRoom` (暂离) is set by the engine alone: the
 * counter's teller accepted a VIP-room call and is away until the visit finishes.
 */
export const PAUSE_REASONS = [...MANUAL_PAUSE_REASONS, 'vipRoom'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];
export type ManualPauseReason = (typeof MANUAL_PAUSE_REASONS)[number];

/** The teller is away in a VIP room: paused, not callable, shown 暂离. */
export function isCounterAway(c: { status: CounterStatus; pauseReason: PauseReason | null }): boolean {
  return c.status === 'paused' && c.pauseReason === 'vipRoom';
}

export interface CounterStaffView {
  id: string;
  number: number;
  name: LocalizedText;
  zoneId: string;
  /** Effective ordered lanes for today (the lobby may change them for the rest of the day). */
  laneIds: string[];
  status: CounterStatus;
  pauseReason: PauseReason | null;
  tellerId: string | null;
  tellerName: string | null;
  /** False while the signed-on teller's client is disconnected: no calls go there. */
  online: boolean;
  currentTicketId: string | null;
  /** Since when the counter has had no called/serving ticket (null while busy or closed). */
  idleSince: number | null;
}

export interface CounterPublicView {
  id: string;
  number: number;
  name: LocalizedText;
  zoneId: string;
  laneIds: string[];
  status: CounterStatus;
  /** Paused because the teller is in a VIP room (暂离), not a plain pause. */
  away: boolean;
  /** Number now called or served here. */
  currentNumber: string | null;
}

/**
 * THE public projection of a counter, for snapshots and events alike: number, name, state and
 * the number served — no teller, no names (the hall display shows numbers and counters only).
 */
export function toPublicCounter(c: CounterStaffView, currentNumber: string | null): CounterPublicView {
  return {
    id: c.id,
    number: c.number,
    name: c.name,
    zoneId: c.zoneId,
    laneIds: [...c.laneIds],
    status: c.status,
    away: isCounterAway(c),
    currentNumber,
  };
}

/**
 * A printed wait (docs/domain.md §6): the point most likely to come true within ±(25 % + 2 min)
 * and the range that holds the wait for 8 customers in 10, whole minutes. `aboutNow`:
 * nobody ahead and a counter free — the customer is called at once (即将叫号).
 */
export interface WaitEstimate {
  pointMin: number;
  lowMin: number;
  highMin: number;
  aboutNow: boolean;
}

export interface LaneStats {
  laneId: string;
  waiting: number;
  /** Wait of the longest-waiting ticket, ms. */
  longestWaitMs: number;
  /** What a ticket issued now (no priority group) would be told; null when no counter will serve the lane. */
  estimate: WaitEstimate | null;
  /** Tickets that would be called before a ticket issued now (the figure the ticket prints); null with no estimate. */
  ahead: number | null;
  paused: boolean;
  issuedToday: number;
}

/** A call as the hall sees it (display + voice). */
export interface CallAnnouncement {
  ticketId: string;
  number: string;
  laneId: string;
  counterId: string;
  counterNumber: number;
  counterName: LocalizedText;
  at: number;
  /** 0 for the first call, n for the n-th recall. */
  recall: number;
}

export interface EmergencyState {
  active: boolean;
  message: string;
  since: number | null;
}

export interface HallMessage {
  id: string;
  text: string;
  speak: boolean;
  at: number;
  /** It leaves the display then (config.hallMessageMin, or the minutes the lobby chose). */
  expiresAt: number;
}

/** Is the hall message still up? */
export function hallMessageShown(message: HallMessage | null, now: number): message is HallMessage {
  return message !== null && now < message.expiresAt;
}

/** What a message stored before expiry existed meant: up for two minutes (the display's old rule). */
const LEGACY_HALL_MESSAGE_MS = 2 * 60_000;

/** A hall message read back from storage; one saved before expiry existed gets the old two minutes. */
export function storedHallMessage(raw: Omit<HallMessage, 'expiresAt'> & { expiresAt?: number }): HallMessage {
  return { ...raw, expiresAt: raw.expiresAt ?? raw.at + LEGACY_HALL_MESSAGE_MS };
}

export const VIP_VISIT_STATUSES = ['waiting_staff', 'paged', 'in_service', 'finished'] as const;
export type VipVisitStatus = (typeof VIP_VISIT_STATUSES)[number];

export interface VipVisitView {
  id: string;
  roomId: string;
  ticketId: string | null;
  status: VipVisitStatus;
  note: string;
  pagedStaffId: string | null;
  servingStaffId: string | null;
  startedAt: number;
  acceptedAt: number | null;
  finishedAt: number | null;
}

export interface VipRoomView {
  id: string;
  name: LocalizedText;
  visit: VipVisitView | null;
}

/** What a ticket issued now would be told, per lane, priority group and VIP tier (the kiosk's confirm screen and its ticket). */
export interface NewTicketEstimate {
  laneId: string;
  priorityGroupId: string | null;
  vipTierId: string | null;
  ahead: number;
  estimate: WaitEstimate;
}

/** A waiting ticket's own live estimate (mobile page, display). */
export interface TicketEstimate {
  ticketId: string;
  ahead: number;
  estimate: WaitEstimate;
}

/**
 * The wait forecast as the public sees it, pushed as `estimates:updated` whenever it is
 * recomputed (after commits, coalesced, and as time passes) and carried in snapshots.
 */
export interface EstimatesView {
  /** Branch clock of the forecast. */
  at: number;
  /** Last event seq of the state it describes. */
  seq: number;
  lanes: LaneStats[];
  newTickets: NewTicketEstimate[];
  tickets: TicketEstimate[];
}

/** The new-ticket figure a kiosk shows for a choice (no match: none). */
export function newTicketEstimate(
  view: Pick<EstimatesView, 'newTickets'> | null,
  laneId: string,
  priorityGroupId: string | null,
  vipTierId: string | null,
): NewTicketEstimate | null {
  return (
    view?.newTickets.find(
      (e) => e.laneId === laneId && e.priorityGroupId === priorityGroupId && e.vipTierId === vipTierId,
    ) ?? null
  );
}

/**
 * Whether a call still belongs on the hall's board: only while its ticket is called or
 * served at the counter it was called to. A ticket transferred, suspended, no-showed or
 * finished has left that counter, and "请 A001 号到 2 号窗口" beside "2号窗口 暂停服务"
 * sends the customer to the wrong place.
 */
export function callIsCurrent(
  call: Pick<CallAnnouncement, 'ticketId' | 'counterId'>,
  ticket: { id: string; status: string; counterId: string | null } | undefined,
): boolean {
  return (
    ticket !== undefined &&
    ticket.id === call.ticketId &&
    (ticket.status === 'called' || ticket.status === 'serving') &&
    ticket.counterId === call.counterId
  );
}
