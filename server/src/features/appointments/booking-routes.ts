import {
  BOOKING_ROUTES,
  fail,
  INTEGRATOR_BOOKING_ROUTES,
  mobileTicketUrl,
  type IntegratorBooking,
} from '@lobby/shared';
import type { Request, Router } from 'express';
import type { AppContext } from '../../context/app-context.ts';
import { RestRouter } from '../../http/rest-router.ts';
import type { BookingRecord } from '../../store/booking-store.ts';
import { toBookingStaffView } from '../../store/booking-store.ts';
import { arriveByPoster } from './arrivals.ts';
import { cancelBooking, createBooking } from './booking-use-cases.ts';
import { catalogue, customerView, dayView } from './booking-views.ts';
import type { PublicLimiter } from './public-limits.ts';
import { takeRemoteTicket } from './remote-tickets.ts';
import { checkVerificationCode, sendVerificationCode } from './verification.ts';

/**
 * The public booking page's routes (no sign-in: the phone is proved by a text-message code;
 * bookings are reached by their page token), the lobby's list, and the integrator API.
 */
const clientIp = (req: Request) => req.ip ?? 'unknown';

/** Where the customer's links in texts point: the published mobile address, or the one they used. */
function linkBase(ctx: AppContext, req: Request): string {
  return mobileTicketUrl('', ctx.config().branch.mobileBaseUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
}

function ticketTokenOf(ctx: AppContext, b: BookingRecord): string | null {
  if (!b.ticketId) return null;
  return (
    ctx.queue.current.tickets.get(b.ticketId)?.token ?? ctx.store.engineState.ticketById(b.ticketId)?.token ?? null
  );
}

export function bookingRoutes(ctx: AppContext, limiter: PublicLimiter): Router {
  const rest = new RestRouter(ctx);
  const R = BOOKING_ROUTES;
  const view = (b: BookingRecord) => customerView(ctx.config(), b, ticketTokenOf(ctx, b));

  rest.add(R.catalogue, () => {
    const state = ctx.queue.current;
    const lanesOpen = state.config.remoteQueue.laneIds.some((id) => !state.lanes[id]?.paused);
    return { ok: true, data: catalogue(state.config, ctx.clock(), ctx.messaging.available(), lanesOpen) };
  });
  rest.add(R.slots, ({ query }) => {
    const day = dayView(ctx.config(), ctx.store.bookings, query.businessTypeId, query.date, ctx.clock());
    return day ? { ok: true, data: day } : fail('SLOT_UNAVAILABLE', 'this business type cannot be booked');
  });
  rest.add(R.verify, async ({ body, req }) => {
    const limited = await limiter.code(clientIp(req));
    if (limited) return limited;
    const sent = sendVerificationCode(ctx, body);
    return 'ok' in sent ? sent : { ok: true, data: sent };
  });
  rest.add(R.book, async ({ body, req }) => {
    const limited = await limiter.write(clientIp(req));
    if (limited) return limited;
    const verified = checkVerificationCode(ctx, body.verificationId, body.code, 'booking');
    if ('ok' in verified) return verified;
    return createBooking(
      ctx,
      null,
      null,
      {
        businessTypeId: body.businessTypeId,
        slotStart: body.slotStart,
        phoneHash: verified.phoneHash,
        phoneSealed: verified.phoneSealed,
        phoneTail: verified.phoneTail,
        lang: body.lang,
        channel: 'web',
        verificationId: verified.id,
        linkBase: linkBase(ctx, req),
      },
      (b, state) => customerView(state.config, b, null),
    );
  });
  rest.add(R.booking, ({ params }) => {
    const b = ctx.store.bookings.byToken(params.token);
    return b ? { ok: true, data: view(b) } : fail('NOT_FOUND', 'booking');
  });
  rest.add(R.cancel, async ({ params, req }) => {
    const limited = await limiter.write(clientIp(req));
    if (limited) return limited;
    return cancelBooking(
      ctx,
      null,
      null,
      () => ctx.store.bookings.byToken(params.token),
      'cancelled by the customer',
      (b, state) => customerView(state.config, b, null),
    );
  });
  rest.add(R.remoteTicket, async ({ body, req }) => {
    const limited = await limiter.write(clientIp(req));
    if (limited) return limited;
    const verified = checkVerificationCode(ctx, body.verificationId, body.code, 'remote');
    if ('ok' in verified) return verified;
    return takeRemoteTicket(ctx, verified, body);
  });
  rest.add(R.arrive, async ({ body, req }) => {
    const limited = await limiter.write(clientIp(req));
    if (limited) return limited;
    return arriveByPoster(ctx, body.posterKey, body.tokens);
  });
  rest.add(R.today, ({ query }) => ({
    ok: true,
    data: ctx.store.bookings.onDate(query.date).map(toBookingStaffView),
  }));
  return rest.router;
}

const integratorView = (b: BookingRecord): IntegratorBooking => ({
  ...toBookingStaffView(b),
  managePath: `/b/${b.token}`,
});

/** Integrators (a bank's app, another scheduler) book for customers they already know: no code needed. */
export function integratorBookingRoutes(ctx: AppContext): Router {
  const rest = new RestRouter(ctx);
  const R = INTEGRATOR_BOOKING_ROUTES;
  rest.add(R.slots, ({ query }) => {
    const day = dayView(ctx.config(), ctx.store.bookings, query.businessTypeId, query.date, ctx.clock());
    return day ? { ok: true, data: day } : fail('SLOT_UNAVAILABLE', 'this business type cannot be booked');
  });
  rest.add(R.create, ({ principal, body, req }) =>
    createBooking(
      ctx,
      principal,
      body.requestId,
      {
        businessTypeId: body.businessTypeId,
        slotStart: body.slotStart,
        phoneHash: ctx.store.vault.phoneHash(body.phone),
        phoneSealed: ctx.store.vault.seal(body.phone),
        phoneTail: body.phone.slice(-4),
        lang: body.lang,
        channel: 'api',
        verificationId: null,
        linkBase: linkBase(ctx, req),
      },
      (b) => integratorView(b),
    ),
  );
  rest.add(R.cancel, ({ principal, params, body }) =>
    cancelBooking(
      ctx,
      principal,
      body.requestId,
      () => ctx.store.bookings.byId(params.id),
      'cancelled by the integrator',
      (b) => integratorView(b),
    ),
  );
  rest.add(R.list, ({ query }) => ({ ok: true, data: ctx.store.bookings.onDate(query.date).map(integratorView) }));
  return rest.router;
}
