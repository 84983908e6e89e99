import {
  fail,
  formatBranchClock,
  type Ack,
  type CheckedIn,
  type IssueChannel,
  type ParsedCommand,
  type Principal,
} from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import { newId, newToken } from '../../auth/tokens.ts';
import { arrivalOf, checkInWindow } from '../../engine/appointments/slots.ts';
import { aheadInOrder, decide } from '../../engine/index.ts';
import type { BookingRecord } from '../../store/booking-store.ts';
import { issuedTicket } from '../queue/issue-ticket.ts';
import { bookingEvent } from './booking-views.ts';

/**
 * A booked customer checks in (kiosk 预约取号, or the lobby for them): a ticket in the booking's
 * lane, issued by the engine with the appointment attached — on time (inside the tolerance
 * window) it gets the policy's head start, late it is a walk-in's ticket and the customer is
 * told so. Too early is refused with the time check-in opens. Ticket, booking and events in one commit.
 */
export function checkInBooking(
  ctx: AppContext,
  principal: Principal,
  p: ParsedCommand<'booking:checkIn'>,
): Promise<Ack<CheckedIn>> {
  const ticketId = newId('tkt');
  const token = newToken(16);
  const channel: IssueChannel = principal.role === 'kiosk' ? 'kiosk' : 'lobby';
  let punctuality: CheckedIn['punctuality'] = 'on_time';
  return ctx.queue.execute({
    principal,
    requestId: p.requestId,
    command: 'booking:checkIn',
    decide: (state, now) => {
      const b = ctx.store.bookings.byId(p.bookingId);
      if (!b) return fail('NOT_FOUND', 'booking');
      if (b.status !== 'booked') return fail('INVALID_STATE', `booking is ${b.status}`);
      const { config } = state;
      if (b.businessDate !== state.businessDate) return fail('INVALID_STATE', `booking is for ${b.businessDate}`);
      const arrival = arrivalOf(config.appointments, b.slotStart, now);
      if (arrival === 'early') {
        const from = checkInWindow(config.appointments, b.slotStart).from;
        return fail('CHECK_IN_TOO_EARLY', formatBranchClock(from, config.hours.timeZone));
      }
      punctuality = arrival;
      const bt = config.businessTypes.find((x) => x.id === b.businessTypeId);
      if (!bt) return fail('NOT_FOUND', 'business type');
      const issued = decide(
        state,
        {
          type: 'ticket:issue',
          actorId: principal.id,
          ticketId,
          token,
          laneId: bt.laneId,
          businessTypeId: bt.id,
          priorityGroupId: null,
          vipTierId: null,
          channel,
          appointment: { bookingId: b.id, slotStart: b.slotStart, onTime: arrival === 'on_time' },
        },
        now,
      );
      if (!issued.ok) return issued;
      const checkedIn: BookingRecord = {
        ...b,
        status: 'checked_in',
        checkedInAt: now,
        ticketId,
        punctuality: arrival,
        phoneSealed: null,
      };
      return {
        ok: true,
        state: issued.state,
        changedTickets: issued.changedTickets,
        events: [...issued.events, bookingEvent('booking:checkedIn', checkedIn, config, now, principal.id)],
        persist: (s) => {
          s.bookings.update(b.id, {
            status: 'checked_in',
            checkedInAt: now,
            ticketId,
            punctuality: arrival,
            phoneSealed: null,
          });
          // The phone now reaches the customer only for this ticket's reminders, and goes with it.
          if (b.phoneSealed && config.reminders.sms)
            s.reminders.put({ ticketId, channel: 'sms', targetSealed: b.phoneSealed, lang: b.lang, createdAt: now });
        },
      };
    },
    result: (state, _events, now) => {
      const issued = issuedTicket(state, ticketId, ctx.forecasts.current());
      const t = state.tickets.get(ticketId);
      if (punctuality !== 'on_time' || !t) return { issued, punctuality };
      // The head start puts it ahead of walk-ins: its own place, not a new walk-in's figure. No
      // forecast has it yet (its page gets one within the second), so no estimate is promised.
      return { issued: { ...issued, ahead: aheadInOrder(state, now, t), estimate: null }, punctuality };
    },
  });
}

/** A phone ticket's customer is in the hall (kiosk, lobby or the hall poster): callable from now on. */
export function activateTicket(
  ctx: AppContext,
  principal: Principal | null,
  requestId: string | null,
  ticketId: string,
) {
  return ctx.queue.executeEngine(
    principal,
    requestId,
    { type: 'ticket:activate', actorId: principal?.id ?? null, ticketId },
    (state) => issuedTicket(state, ticketId, ctx.forecasts.current()),
  );
}
