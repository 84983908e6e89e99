import express from 'express';
import type { AppContext } from '../../context/app-context.ts';
import type { Feature } from '../../context/feature.ts';
import { findArrival, posterKey } from './arrivals.ts';
import { markMissedBookings } from './booking-use-cases.ts';
import { bookingRoutes, integratorBookingRoutes } from './booking-routes.ts';
import { activateTicket, checkInBooking } from './check-in.ts';
import { DEFAULT_PUBLIC_RATE_LIMIT, PublicLimiter, type PublicRateLimit } from './public-limits.ts';

/**
 * Appointments (预约) and tickets from the phone (手机取号): the public booking page's routes,
 * check-in at the kiosk and by the lobby, phone-ticket activation, the integrator booking
 * API, and marking bookings of past dates as missed.
 */
const HOUR_MS = 3_600_000;

/** Per app: its rate limits and its daily sweep (tests run several apps in one process). */
class AppointmentsJobs {
  readonly limiter: PublicLimiter;
  private sweptDate: string | null = null;
  private sweeping = false;
  private nextPurge = 0;

  constructor(limit: PublicRateLimit) {
    this.limiter = new PublicLimiter(limit);
  }

  tick(ctx: AppContext, now: number): void {
    // Once per business date (and after a restart): earlier dates' unattended bookings are missed.
    const today = ctx.queue.current.businessDate;
    if (this.sweptDate !== today && !this.sweeping) {
      const marking = markMissedBookings(ctx, today);
      if (!marking) this.sweptDate = today;
      else {
        this.sweeping = true;
        marking
          .then((ack) => {
            if (ack.ok || ack.code === 'INVALID_STATE') this.sweptDate = today;
          })
          .catch((err: unknown) => ctx.logger.error({ err }, 'marking missed bookings failed'))
          .finally(() => (this.sweeping = false));
      }
    }
    if (now >= this.nextPurge) {
      ctx.store.verifications.purgeExpired(now - 24 * HOUR_MS);
      this.nextPurge = now + HOUR_MS;
    }
  }
}

export function createAppointmentsFeature(limit: PublicRateLimit = DEFAULT_PUBLIC_RATE_LIMIT): Feature {
  // Built per app (create-app): one limiter and one sweep per app.
  const jobs = new AppointmentsJobs(limit);

  return {
    name: 'appointments',
    commands: {
      'arrival:find': (ctx, _principal, p) => findArrival(ctx, p.query),
      'booking:checkIn': (ctx, principal, p) => checkInBooking(ctx, principal, p),
      'ticket:activate': (ctx, principal, p) => activateTicket(ctx, principal, p.requestId, p.ticketId),
    },
    router(ctx) {
      // The hall poster's key exists from the first start (a read never writes).
      posterKey(ctx);
      const router = express.Router();
      router.use(bookingRoutes(ctx, jobs.limiter));
      router.use(integratorBookingRoutes(ctx));
      return router;
    },
    onTick(ctx, now) {
      jobs.tick(ctx, now);
    },
  };
}
