import type { LocalizedText } from '../text/localized.ts';

/** Ticket lifecycle vocabulary (docs/domain.md §4). */
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'suspended', 'done', 'no_show', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses a ticket can still leave: the day close ends these with `closed_at_day_end`. */
export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = ['waiting', 'called', 'serving', 'suspended'];

export const FINISH_OUTCOMES = ['served', 'partially_served', 'not_served'] as const;
export type FinishOutcome = (typeof FINISH_OUTCOMES)[number];

/** `lapsed`: a ticket taken on the phone whose customer never arrived (see TicketRemote). */
export type TicketOutcome = FinishOutcome | 'no_show' | 'cancelled' | 'closed_at_day_end' | 'lapsed';

/** `mobile`: taken by the customer on the phone (remote queue), before coming to the branch. */
export const ISSUE_CHANNELS = ['kiosk', 'lobby', 'api', 'mobile'] as const;
export type IssueChannel = (typeof ISSUE_CHANNELS)[number];

export type TransferTarget =
  { kind: 'lane'; laneId: string; position: 'first' | 'last' } | { kind: 'counter'; counterId: string };

/** One hop of the redirect chain (一票到底: the number never changes). */
export interface Redirect {
  at: number;
  byStaffId: string | null;
  fromLaneId: string;
  fromCounterId: string | null;
  to: TransferTarget;
  note: string;
}

export interface TicketNote {
  at: number;
  byStaffId: string | null;
  text: string;
}

/** Why a customer left the counter to come back (材料不全): what to bring, and the teller's words. */
export interface TicketSuspension {
  at: number;
  byCounterId: string;
  /** Chosen from the business type's materials list (copied: the list may change later). */
  missingMaterials: LocalizedText[];
  note: string;
}

/** Why a service ended partially or not at all: one of the branch's reasons and/or free text. */
export interface FinishReason {
  reasonId: string | null;
  note: string;
}

/** A booked customer's ticket: the booking, its slot, and whether the check-in was on time. */
export interface TicketAppointment {
  bookingId: string;
  slotStart: number;
  /** Inside the tolerance window: the policy's head start applies. A late arrival is served as a walk-in. */
  onTime: boolean;
}

/**
 * A ticket taken on the phone: it waits in the queue like any other (position, estimate), but
 * is called only once the customer is in the hall (activatedAt). passedAt: the first moment a
 * free counter would have called it; past the grace period after that it lapses.
 */
export interface TicketRemote {
  activatedAt: number | null;
  passedAt: number | null;
}

/** May a counter call this ticket now? Phone tickets wait for their customer's arrival. */
export function isActivated(t: { remote?: TicketRemote | null }): boolean {
  return !t.remote || t.remote.activatedAt !== null;
}

/** Staff projection: everything staff may see. Never carries card/phone identifiers. */
export interface TicketStaffView {
  id: string;
  number: string;
  laneId: string;
  businessTypeId: string;
  businessDate: string;
  status: TicketStatus;
  outcome: TicketOutcome | null;
  channel: IssueChannel;
  issuedAt: number;
  /** When the ticket (re-)entered its current lane queue; the aging clock of the policy. */
  enqueuedAt: number;
  firstCalledAt: number | null;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  /**
   * Who handled it: the teller signed on at the counter when it was called, started (served)
   * and finished or marked no-show — even when the lobby manager pressed the button — or the
   * staff member of a VIP room. The one fact ratings, reports, the KPI and complaints use.
   * A new call starts the handling afresh (a transfer to another counter).
   */
  calledBy: string | null;
  servedBy: string | null;
  finishedBy: string | null;
  counterId: string | null;
  /** Resumed/transferred to one counter: only that counter may call it, and it goes first there. */
  pinnedCounterId: string | null;
  /** Resumed or transferred "to the front" of its lane. */
  front: boolean;
  recalls: number;
  priorityGroupId: string | null;
  vipTierId: string | null;
  suspendedByCounterId: string | null;
  /** The last suspension (kept after resume, so the next teller sees what was missing). */
  suspension: TicketSuspension | null;
  /** Set when the outcome is partially_served or not_served. */
  finishReason: FinishReason | null;
  servedBusinessTypeIds: string[];
  redirects: Redirect[];
  notes: TicketNote[];
  /** Absent on tickets stored before appointments existed. */
  appointment?: TicketAppointment | null;
  remote?: TicketRemote | null;
}

/** The staff member a ticket's handling is credited to: who served it, else who ended it (a no-show), else who called it. */
export function creditedStaffId(t: Pick<TicketStaffView, 'calledBy' | 'servedBy' | 'finishedBy'>): string | null {
  return t.servedBy ?? t.finishedBy ?? t.calledBy;
}

/**
 * creditedStaffId of a ticket as an event-log row carries it. Rows logged before tickets had
 * their handling record lack the fields (the log is append-only): then the teller signed on
 * at the event's counter is the best there is.
 */
export function creditedStaffIdLogged(t: TicketStaffView, counterTellerId: string | null): string | null {
  return 'calledBy' in t ? creditedStaffId(t) : counterTellerId;
}

/** Public projection (display, kiosk, mobile page): number and counter only. */
export interface TicketPublicView {
  id: string;
  number: string;
  laneId: string;
  status: TicketStatus;
  counterId: string | null;
  calledAt: number | null;
}

export function toPublicTicket(t: TicketStaffView): TicketPublicView {
  return {
    id: t.id,
    number: t.number,
    laneId: t.laneId,
    status: t.status,
    counterId: t.counterId,
    calledAt: t.calledAt,
  };
}

/**
 * When a called ticket may be marked 过号: the branch's minimum time after its (last) call,
 * so a customer still walking to the counter is not sent away. One rule for the engine,
 * which refuses earlier ones, and the counter client, which counts down to it.
 */
export function noShowAllowedAt(ticket: Pick<TicketStaffView, 'calledAt'>, noShowMinSec: number): number {
  return (ticket.calledAt ?? Number.NEGATIVE_INFINITY) + noShowMinSec * 1000;
}
