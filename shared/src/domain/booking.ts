import type { AppointmentSettings } from '../config/appointment-config.ts';
import type { LocalizedText, UiLanguage } from '../text/localized.ts';

/** Appointments (预约) as every surface sees them. Phone numbers never appear in any of these. */
export const BOOKING_STATUSES = ['booked', 'cancelled', 'checked_in', 'missed'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** web: the public booking page; api: an integrator (bank app, scheduler); lobby: staff for a customer. */
export const BOOKING_CHANNELS = ['web', 'api', 'lobby'] as const;
export type BookingChannel = (typeof BOOKING_CHANNELS)[number];

export type Punctuality = 'on_time' | 'late';

/** Staff projection (lobby console, admin, webhooks): no phone number, only its last four digits. */
export interface BookingStaffView {
  id: string;
  code: string;
  businessDate: string;
  businessTypeId: string;
  slotStart: number;
  slotEnd: number;
  status: BookingStatus;
  channel: BookingChannel;
  createdAt: number;
  cancelledAt: number | null;
  checkedInAt: number | null;
  ticketId: string | null;
  punctuality: Punctuality | null;
  /** 尾号: lets staff confirm whose booking it is; null once purged. */
  phoneTail: string | null;
}

/** What the customer sees of their own booking (booking page, kiosk). */
export interface BookingCustomerView {
  code: string;
  /** Path of the customer's booking page, `/b/<token>`: shows and cancels it. Also in the QR code. */
  managePath: string;
  businessDate: string;
  businessTypeId: string;
  businessTypeName: LocalizedText;
  materials: LocalizedText[];
  laneName: LocalizedText;
  slotStart: number;
  slotEnd: number;
  status: BookingStatus;
  /** Check-in counts as on time inside [checkInFrom, onTimeUntil]. */
  checkInFrom: number;
  onTimeUntil: number;
  branchName: LocalizedText;
  branchAddress: LocalizedText;
  timeZone: string;
  lang: UiLanguage;
  /** Path of the ticket page once checked in. */
  ticketPath: string | null;
}

/** One bookable slot of a business type on a date, with what is left of it. */
export interface SlotView {
  start: number;
  end: number;
  capacity: number;
  left: number;
  /** Bookable now: not past the cut-off and not full. */
  open: boolean;
}

export interface BookingDayView {
  date: string;
  slots: SlotView[];
}

/** The public booking page's catalogue: what may be booked, and which lanes take phone tickets now. */
export interface BookingCatalogue {
  branchName: LocalizedText;
  branchAddress: LocalizedText;
  timeZone: string;
  appointments: boolean;
  remoteQueue: boolean;
  /** A text message can be sent (a gateway is set up): booking from the public page needs one. */
  messaging: boolean;
  types: {
    businessTypeId: string;
    name: LocalizedText;
    laneName: LocalizedText;
    materials: LocalizedText[];
    slotMin: number;
    days: string[];
  }[];
  remoteLanes: {
    laneId: string;
    name: LocalizedText;
    businessTypes: { id: string; name: LocalizedText; materials: LocalizedText[] }[];
  }[];
}

/** At the kiosk / lobby: what an arriving customer may check in with, from a code, QR or phone number. */
export interface ArrivalMatch {
  bookings: {
    id: string;
    code: string;
    businessTypeId: string;
    slotStart: number;
    slotEnd: number;
    status: BookingStatus;
    /** on_time / late if checked in now; early = before the window opens. */
    arrival: 'early' | Punctuality;
    checkInFrom: number;
  }[];
  remoteTickets: { id: string; number: string; laneId: string; businessTypeId: string; activated: boolean }[];
}

const MINUTE = 60_000;

/** When a booked customer may check in on time: from the early tolerance before the slot to the late one after. */
export function checkInWindow(a: AppointmentSettings, slotStart: number): { from: number; onTimeUntil: number } {
  return { from: slotStart - a.earlyToleranceMin * MINUTE, onTimeUntil: slotStart + a.lateToleranceMin * MINUTE };
}

/** How an arrival now stands against the slot: too early to check in, on time (head start), or late (walk-in). */
export function arrivalOf(a: AppointmentSettings, slotStart: number, now: number): 'early' | 'on_time' | 'late' {
  const w = checkInWindow(a, slotStart);
  if (now < w.from) return 'early';
  return now <= w.onTimeUntil ? 'on_time' : 'late';
}
