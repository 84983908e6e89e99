import { z } from 'zod';
import {
  BOOKING_CHANNELS,
  BOOKING_STATUSES,
  type ArrivalMatch,
  type BookingCatalogue,
  type BookingCustomerView,
  type BookingDayView,
  type BookingStaffView,
  type SlotView,
} from '../domain/booking.ts';
import { ConfigId } from '../config/primitives.ts';
import { PhoneNumberSchema } from '../domain/phone.ts';
import { IsoDateSchema } from './common.ts';
import { defineRoute } from './route.ts';
import { IssuedTicketSchema, LocalizedTextView } from './views.ts';

/**
 * Appointments and phone tickets: the public booking page (no sign-in: a text-message code
 * proves the phone), the lobby console's list, and the integrator API (kiosk device token).
 */
const RequestId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/)
  .describe('Idempotency key: a retry with the same key returns the first answer');
const Lang = z.enum(['zh', 'en']).default('zh');
/** Identifiers as the configuration spells them: invisible, control or direction characters are refused here. */
const BusinessTypeId = ConfigId;
const LaneId = ConfigId;
/** A page token or the poster key as the server makes them (base64url): anything else is refused before a lookup. */
const Base64UrlKey = (max: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'base64url')
    .max(max);
const SlotStart = z.number().int().min(0).max(8.64e15).describe('Slot start, epoch milliseconds');
/** The code sent by text message: six digits. */
const VerificationCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'six digits');
const VerificationId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** A booking's page token (`/b/<token>`) or a ticket's (`/t/<token>`): unguessable; a malformed one is not found. */
const TokenParams = z.object({ token: z.string().min(1).max(200) });
const BookingIdParams = z.object({ id: z.string().min(1).max(64) });

export const BookingStaffViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  businessDate: z.string(),
  businessTypeId: z.string(),
  slotStart: z.number(),
  slotEnd: z.number(),
  status: z.enum(BOOKING_STATUSES),
  channel: z.enum(BOOKING_CHANNELS),
  createdAt: z.number(),
  cancelledAt: z.number().nullable(),
  checkedInAt: z.number().nullable(),
  ticketId: z.string().nullable(),
  punctuality: z.enum(['on_time', 'late']).nullable(),
  phoneTail: z.string().nullable(),
}) satisfies z.ZodType<BookingStaffView>;

export const BookingCustomerViewSchema = z.object({
  code: z.string(),
  managePath: z.string(),
  businessDate: z.string(),
  businessTypeId: z.string(),
  businessTypeName: LocalizedTextView,
  materials: z.array(LocalizedTextView),
  laneName: LocalizedTextView,
  slotStart: z.number(),
  slotEnd: z.number(),
  status: z.enum(BOOKING_STATUSES),
  checkInFrom: z.number(),
  onTimeUntil: z.number(),
  branchName: LocalizedTextView,
  branchAddress: LocalizedTextView,
  timeZone: z.string(),
  lang: z.enum(['zh', 'en']),
  ticketPath: z.string().nullable(),
}) satisfies z.ZodType<BookingCustomerView>;

/** What an integrator gets back: the booking, and the page its customer may be sent to. */
export const IntegratorBookingSchema = BookingStaffViewSchema.extend({ managePath: z.string() });
export type IntegratorBooking = z.infer<typeof IntegratorBookingSchema>;

export const SlotViewSchema = z.object({
  start: z.number(),
  end: z.number(),
  capacity: z.number(),
  left: z.number(),
  open: z.boolean(),
}) satisfies z.ZodType<SlotView>;

export const BookingDayViewSchema = z.object({
  date: z.string(),
  slots: z.array(SlotViewSchema),
}) satisfies z.ZodType<BookingDayView>;

export const BookingCatalogueSchema = z.object({
  branchName: LocalizedTextView,
  branchAddress: LocalizedTextView,
  timeZone: z.string(),
  appointments: z.boolean(),
  remoteQueue: z.boolean(),
  messaging: z.boolean(),
  types: z.array(
    z.object({
      businessTypeId: z.string(),
      name: LocalizedTextView,
      laneName: LocalizedTextView,
      materials: z.array(LocalizedTextView),
      slotMin: z.number(),
      days: z.array(z.string()),
    }),
  ),
  remoteLanes: z.array(
    z.object({
      laneId: z.string(),
      name: LocalizedTextView,
      businessTypes: z.array(
        z.object({ id: z.string(), name: LocalizedTextView, materials: z.array(LocalizedTextView) }),
      ),
    }),
  ),
}) satisfies z.ZodType<BookingCatalogue>;

export const ArrivalMatchSchema = z.object({
  bookings: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      businessTypeId: z.string(),
      slotStart: z.number(),
      slotEnd: z.number(),
      status: z.enum(BOOKING_STATUSES),
      arrival: z.enum(['early', 'on_time', 'late']),
      checkInFrom: z.number(),
    }),
  ),
  remoteTickets: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      laneId: z.string(),
      businessTypeId: z.string(),
      activated: z.boolean(),
    }),
  ),
}) satisfies z.ZodType<ArrivalMatch>;

export const VERIFICATION_PURPOSES = ['booking', 'remote'] as const;

export const VerificationRequestSchema = z.object({
  phone: PhoneNumberSchema,
  purpose: z.enum(VERIFICATION_PURPOSES),
  lang: Lang,
});

export const VerificationSentSchema = z.object({
  verificationId: z.string(),
  expiresAt: z.number(),
  /** A new code for this phone may be asked for after this many seconds. */
  resendAfterSec: z.number(),
});
export type VerificationSent = z.infer<typeof VerificationSentSchema>;

const Verified = { verificationId: VerificationId, code: VerificationCode };

export const PublicBookingRequestSchema = z.object({
  ...Verified,
  businessTypeId: BusinessTypeId,
  slotStart: SlotStart,
  lang: Lang,
});

export const RemoteTicketRequestSchema = z.object({
  ...Verified,
  laneId: LaneId,
  businessTypeId: BusinessTypeId,
  lang: Lang,
});

export const ArrivalRequestSchema = z.object({
  /** The key in the hall poster's QR code: scanning it proves the phone is in the hall. */
  posterKey: Base64UrlKey(100),
  /** Phone-ticket tokens the phone keeps (taken on this phone). */
  tokens: z.array(Base64UrlKey(200)).min(1).max(5),
});

export const ArrivalResultSchema = z.object({
  tickets: z.array(
    z.object({ number: z.string(), mobilePath: z.string(), activated: z.boolean(), status: z.string() }),
  ),
});
export type ArrivalResult = z.infer<typeof ArrivalResultSchema>;

export const SlotsQuerySchema = z.object({ businessTypeId: BusinessTypeId, date: IsoDateSchema });
export const BookingListQuerySchema = z.object({ date: IsoDateSchema });

export const IntegratorBookingRequestSchema = z.object({
  requestId: RequestId,
  businessTypeId: BusinessTypeId,
  slotStart: SlotStart,
  phone: PhoneNumberSchema.describe('The customer’s mobile number: reminders and check-in at the kiosk by number'),
  lang: Lang,
});
export const IntegratorCancelSchema = z.object({ requestId: RequestId });

export const BOOKING_ROUTES = {
  catalogue: defineRoute({
    method: 'GET',
    path: '/public/catalogue',
    summary: 'What the public booking page offers: bookable business types and days, phone-ticket lanes',
    roles: 'anyone',
    response: BookingCatalogueSchema,
  }),
  slots: defineRoute({
    method: 'GET',
    path: '/public/slots',
    summary: 'The slots of a business type on a date, with what is left of each',
    roles: 'anyone',
    query: SlotsQuerySchema,
    response: BookingDayViewSchema,
  }),
  verify: defineRoute({
    method: 'POST',
    path: '/public/verifications',
    summary: 'Send a verification code by text message to the phone (rate-limited per address and per phone)',
    roles: 'anyone',
    body: VerificationRequestSchema,
    response: VerificationSentSchema,
    okStatus: 201,
  }),
  book: defineRoute({
    method: 'POST',
    path: '/public/bookings',
    summary: 'Book a slot with the verification code: the booking code, and the page with its QR code',
    roles: 'anyone',
    body: PublicBookingRequestSchema,
    response: BookingCustomerViewSchema,
    okStatus: 201,
  }),
  booking: defineRoute({
    method: 'GET',
    path: '/public/bookings/:token',
    summary: 'The customer’s own booking',
    roles: 'anyone',
    params: TokenParams,
    response: BookingCustomerViewSchema,
  }),
  cancel: defineRoute({
    method: 'POST',
    path: '/public/bookings/:token/cancel',
    summary: 'The customer cancels their booking',
    roles: 'anyone',
    params: TokenParams,
    response: BookingCustomerViewSchema,
  }),
  remoteTicket: defineRoute({
    method: 'POST',
    path: '/public/remote-tickets',
    summary: 'Take a ticket on the phone (activated on arrival at the branch)',
    roles: 'anyone',
    body: RemoteTicketRequestSchema,
    response: IssuedTicketSchema,
    okStatus: 201,
  }),
  arrive: defineRoute({
    method: 'POST',
    path: '/public/arrivals',
    summary: 'The hall poster was scanned: activate the phone tickets this phone holds',
    roles: 'anyone',
    body: ArrivalRequestSchema,
    response: ArrivalResultSchema,
  }),
  today: defineRoute({
    method: 'GET',
    path: '/bookings',
    summary: 'The bookings of a business date (lobby console)',
    roles: ['lobby', 'admin'],
    query: BookingListQuerySchema,
    response: z.array(BookingStaffViewSchema),
  }),
} as const;

export const INTEGRATOR_BOOKING_ROUTES = {
  slots: defineRoute({
    method: 'GET',
    path: '/v1/slots',
    summary: 'Slots of a business type on a date, with what is left of each',
    roles: ['kiosk'],
    query: SlotsQuerySchema,
    response: BookingDayViewSchema,
    integrator: true,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/v1/bookings',
    summary: 'Book a slot for a customer (a retry with the same requestId returns the first answer)',
    roles: ['kiosk'],
    body: IntegratorBookingRequestSchema,
    response: IntegratorBookingSchema,
    okStatus: 201,
    integrator: true,
  }),
  cancel: defineRoute({
    method: 'POST',
    path: '/v1/bookings/:id/cancel',
    summary: 'Cancel a booking (idempotent by requestId)',
    roles: ['kiosk'],
    params: BookingIdParams,
    body: IntegratorCancelSchema,
    response: IntegratorBookingSchema,
    integrator: true,
  }),
  list: defineRoute({
    method: 'GET',
    path: '/v1/bookings',
    summary: 'The bookings of a business date',
    roles: ['kiosk'],
    query: BookingListQuerySchema,
    response: z.array(IntegratorBookingSchema),
    integrator: true,
  }),
} as const;
