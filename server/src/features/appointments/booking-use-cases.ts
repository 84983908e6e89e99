import {
  addDays,
  businessDateOf,
  fail,
  type Ack,
  type BookingChannel,
  type Principal,
  type UiLanguage,
} from '@lobby/shared';
import { randomInt } from 'node:crypto';
import type { AppContext } from '../../context/app-context.ts';
import { newId, newToken } from '../../auth/tokens.ts';
import { beforeCutoff, bookableType, bookingDates, findSlot } from '../../engine/appointments/slots.ts';
import type { EngineState } from '../../engine/types.ts';
import { NO_TICKET_CHANGES } from '../../engine/index.ts';
import type { BookingRecord } from '../../store/booking-store.ts';
import { bookingEvent, bookingTextParams } from './booking-views.ts';

/**
 * Booking and cancelling: through the one write path (QueueService), so the booking row, its
 * event (booking:created / booking:cancelled, webhooks) and the text message commit together.
 * Capacity and the one-booking-per-phone rule are decided inside the transaction, on what
 * the commands before it in the batch left.
 */
export interface BookingRequest {
  businessTypeId: string;
  slotStart: number;
  phoneHash: string;
  phoneSealed: string;
  phoneTail: string;
  lang: UiLanguage;
  channel: BookingChannel;
  /** The verification code that proved the phone (consumed by the booking); null for integrators. */
  verificationId: string | null;
  /** Origin the customer's link in the confirmation text starts with (null: no link). */
  linkBase: string | null;
}

/** Six digits, unique on the date: typed at the kiosk's keypad. */
function newBookingCode(ctx: AppContext, date: string): string {
  for (;;) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    if (!ctx.store.bookings.codeTaken(date, code)) return code;
  }
}

export function createBooking<T>(
  ctx: AppContext,
  principal: Principal | null,
  requestId: string | null,
  r: BookingRequest,
  result: (b: BookingRecord, state: EngineState) => T,
): Promise<Ack<T>> {
  let record: BookingRecord | null = null;
  return ctx.queue.execute({
    principal,
    requestId,
    command: 'booking:create',
    decide: (state, now) => {
      const { config } = state;
      const type = bookableType(config, r.businessTypeId);
      if (!type) return fail('SLOT_UNAVAILABLE', 'this business type cannot be booked');
      const tz = config.hours.timeZone;
      const date = businessDateOf(r.slotStart, tz);
      const today = businessDateOf(now, tz);
      if (date < today || date > addDays(today, type.daysAhead) || !bookingDates(config, type, today).includes(date))
        return fail('SLOT_UNAVAILABLE', 'that day cannot be booked');
      const slot = findSlot(config, type, date, r.slotStart);
      if (!slot) return fail('SLOT_UNAVAILABLE', 'no slot starts then');
      if (!beforeCutoff(type, slot, now)) return fail('SLOT_UNAVAILABLE', 'booking for this slot has closed');
      const { store } = ctx;
      if (r.verificationId !== null && store.verifications.byId(r.verificationId) === null)
        return fail('VERIFICATION_EXPIRED');
      if (store.bookings.activeFor(r.phoneHash, r.businessTypeId, date)) return fail('BOOKING_LIMIT_REACHED');
      if (store.bookings.takenInSlot(r.businessTypeId, slot.start) >= type.capacity) return fail('SLOT_FULL');
      const b: BookingRecord = {
        id: newId('bk'),
        code: newBookingCode(ctx, date),
        token: newToken(16),
        businessDate: date,
        businessTypeId: r.businessTypeId,
        slotStart: slot.start,
        slotEnd: slot.end,
        status: 'booked',
        channel: r.channel,
        lang: r.lang,
        phoneHash: r.phoneHash,
        phoneTail: r.phoneTail,
        phoneSealed: r.phoneSealed,
        createdAt: now,
        cancelledAt: null,
        checkedInAt: null,
        ticketId: null,
        punctuality: null,
      };
      record = b;
      return {
        ok: true,
        state,
        changedTickets: NO_TICKET_CHANGES,
        events: [bookingEvent('booking:created', b, config, now, principal?.id ?? null)],
        persist: (s) => {
          s.bookings.insert(b);
          if (r.verificationId !== null) s.verifications.consume(r.verificationId);
          if (ctx.messaging.available())
            ctx.messaging.queue(
              s,
              {
                kind: 'booking_confirmed',
                phoneSealed: b.phoneSealed!,
                phoneTail: r.phoneTail,
                lang: r.lang,
                params: {
                  ...bookingTextParams(config, b, r.lang),
                  link: r.linkBase ? `${r.linkBase.replace(/\/+$/, '')}/b/${b.token}` : '',
                },
              },
              now,
            );
        },
      };
    },
    result: (state) => {
      if (!record) throw new Error('booking result without a booking');
      return result(record, state);
    },
  });
}

/**
 * Cancel a booking that still holds its place; the customer is told by text. A second cancel
 * of the same booking is refused (INVALID_STATE), an integrator's retry gets the first answer.
 */
export function cancelBooking<T>(
  ctx: AppContext,
  principal: Principal | null,
  requestId: string | null,
  find: () => BookingRecord | null,
  reason: string,
  result: (b: BookingRecord, state: EngineState) => T,
): Promise<Ack<T>> {
  let updated: BookingRecord | null = null;
  return ctx.queue.execute({
    principal,
    requestId,
    command: 'booking:cancel',
    decide: (state, now) => {
      const b = find();
      if (!b) return fail('NOT_FOUND', 'booking');
      if (b.status !== 'booked') return fail('INVALID_STATE', `booking is ${b.status}`);
      const done: BookingRecord = { ...b, status: 'cancelled', cancelledAt: now, phoneSealed: null };
      updated = done;
      return {
        ok: true,
        state,
        changedTickets: NO_TICKET_CHANGES,
        events: [bookingEvent('booking:cancelled', done, state.config, now, principal?.id ?? null, reason)],
        persist: (s) => {
          if (b.phoneSealed && b.phoneTail && ctx.messaging.available())
            ctx.messaging.queue(
              s,
              {
                kind: 'booking_cancelled',
                phoneSealed: b.phoneSealed,
                phoneTail: b.phoneTail,
                lang: b.lang,
                params: bookingTextParams(state.config, b, b.lang),
              },
              now,
            );
          s.bookings.update(b.id, { status: 'cancelled', cancelledAt: now, phoneSealed: null });
        },
      };
    },
    result: (state) => {
      if (!updated) throw new Error('cancel result without a booking');
      return result(updated, state);
    },
  });
}

/** Bookings still "booked" on a date that is over: the customer never came (booking:missed). */
export function markMissedBookings(ctx: AppContext, today: string): Promise<Ack<number>> | null {
  if (ctx.store.bookings.unattendedBefore(today, 1).length === 0) return null;
  return ctx.queue.execute({
    principal: null,
    requestId: null,
    command: 'booking:missed',
    decide: (state, now) => {
      const missed = ctx.store.bookings.unattendedBefore(today, 200).map((b) => ({ ...b, status: 'missed' as const }));
      if (missed.length === 0) return fail('INVALID_STATE', 'nothing to mark');
      return {
        ok: true,
        state,
        changedTickets: NO_TICKET_CHANGES,
        events: missed.map((b) => bookingEvent('booking:missed', b, state.config, now, null, 'date is over')),
        persist: (s) => {
          for (const b of missed) s.bookings.update(b.id, { status: 'missed', phoneSealed: null });
        },
      };
    },
    result: (_state, events) => events.length,
  });
}
