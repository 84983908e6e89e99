import {
  fail,
  isActivated,
  normalisePhone,
  type Ack,
  type ArrivalMatch,
  type ArrivalResult,
  type BranchConfig,
} from '@lobby/shared';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../context/app-context.ts';
import { arrivalOf, checkInWindow } from '../../engine/appointments/slots.ts';
import type { Ticket } from '../../engine/types.ts';
import { branchSecret, replaceBranchSecret } from '../../store/branch-secrets.ts';
import type { BookingRecord } from '../../store/booking-store.ts';
import { activateTicket } from './check-in.ts';

/**
 * Finding what an arriving customer can check in with, from whatever they give the kiosk: the
 * booking page's QR (a `/b/<token>` address), a phone ticket's (`/t/<token>`), the six-digit
 * booking code, or the phone number. Only today's bookings and phone tickets are found.
 */
type Query =
  | { kind: 'booking-token'; token: string }
  | { kind: 'ticket-token'; token: string }
  | { kind: 'code'; code: string }
  | { kind: 'phone'; phone: string };

export function parseArrivalQuery(raw: string): Query | null {
  const q = raw.trim();
  const path = /\/(b|t)\/([A-Za-z0-9_-]{16,64})\/?(?:[?#].*)?$/.exec(q);
  if (path)
    return path[1] === 'b' ? { kind: 'booking-token', token: path[2]! } : { kind: 'ticket-token', token: path[2]! };
  if (/^\d{6}$/.test(q)) return { kind: 'code', code: q };
  const phone = normalisePhone(q);
  return phone ? { kind: 'phone', phone } : null;
}

function bookingMatch(config: BranchConfig, b: BookingRecord, now: number): ArrivalMatch['bookings'][number] {
  return {
    id: b.id,
    code: b.code,
    businessTypeId: b.businessTypeId,
    slotStart: b.slotStart,
    slotEnd: b.slotEnd,
    status: b.status,
    arrival: arrivalOf(config.appointments, b.slotStart, now),
    checkInFrom: checkInWindow(config.appointments, b.slotStart).from,
  };
}

function remoteMatch(t: Ticket): ArrivalMatch['remoteTickets'][number] {
  return { id: t.id, number: t.number, laneId: t.laneId, businessTypeId: t.businessTypeId, activated: isActivated(t) };
}

export function findArrival(ctx: AppContext, raw: string): Ack<ArrivalMatch> {
  const query = parseArrivalQuery(raw);
  if (!query) return fail('INVALID_PAYLOAD', 'not a booking code, QR code or mobile number');
  const state = ctx.queue.current;
  const now = ctx.clock();
  const today = state.businessDate;
  const { bookings, ticketPhones, vault } = ctx.store;
  let found: BookingRecord[] = [];
  let tickets: Ticket[] = [];
  const liveRemote = (id: string) => {
    const t = state.tickets.get(id);
    return t?.remote && t.status === 'waiting' ? [t] : [];
  };
  if (query.kind === 'booking-token') {
    const b = bookings.byToken(query.token);
    found = b ? [b] : [];
  } else if (query.kind === 'code') {
    const b = bookings.byCode(today, query.code);
    found = b ? [b] : [];
  } else if (query.kind === 'ticket-token') {
    const t = [...state.tickets.values()].find((x) => x.token === query.token);
    tickets = t ? liveRemote(t.id) : [];
  } else {
    const hash = vault.phoneHash(query.phone);
    found = bookings.byPhone(hash, today);
    tickets = ticketPhones.ticketsOf(hash, today).flatMap(liveRemote);
  }
  const todays = found.filter((b) => b.businessDate === today && b.status !== 'cancelled');
  if (todays.length === 0 && tickets.length === 0) return fail('NOT_FOUND', 'nothing booked for today');
  return {
    ok: true,
    data: {
      bookings: todays.map((b) => bookingMatch(state.config, b, now)),
      remoteTickets: tickets.map(remoteMatch),
    },
  };
}

/** The hall poster's key (its QR code opens `/hall/<key>`): made at first start, rotated by the admin. */
const POSTER_KEY = 'hall_poster_key';
const POSTER_ROTATED = 'hall_poster_rotated_at';

export function posterKey(ctx: AppContext): string {
  return branchSecret(ctx.db, POSTER_KEY, () => randomBytes(12).toString('base64url'));
}

export function posterView(ctx: AppContext): { path: string; rotatedAt: number | null } {
  const rotated = ctx.store.settings.get(POSTER_ROTATED);
  return { path: `/hall/${posterKey(ctx)}`, rotatedAt: typeof rotated === 'number' ? rotated : null };
}

export function rotatePoster(ctx: AppContext): { path: string; rotatedAt: number | null } {
  ctx.db
    .transaction(() => {
      replaceBranchSecret(ctx.db, POSTER_KEY, randomBytes(12).toString('base64url'));
      ctx.store.settings.put(POSTER_ROTATED, ctx.clock());
    })
    .immediate();
  return posterView(ctx);
}

function sameKey(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The phone scanned the hall poster: the phone tickets it holds (by their tokens) are activated. */
export async function arriveByPoster(
  ctx: AppContext,
  key: string,
  tokens: readonly string[],
): Promise<Ack<ArrivalResult>> {
  if (!sameKey(key, posterKey(ctx))) return fail('FORBIDDEN', 'not this branch’s poster');
  const out: ArrivalResult['tickets'] = [];
  for (const token of new Set(tokens)) {
    const t = [...ctx.queue.current.tickets.values()].find((x) => x.token === token && x.remote);
    if (!t) continue;
    if (t.status === 'waiting' && !isActivated(t)) {
      const ack = await activateTicket(ctx, null, null, t.id);
      if (!ack.ok) ctx.logger.warn({ code: ack.code, ticketId: t.id }, 'poster activation refused');
    }
    const now = ctx.queue.current.tickets.get(t.id) ?? t;
    out.push({ number: now.number, mobilePath: `/t/${now.token}`, activated: isActivated(now), status: now.status });
  }
  return { ok: true, data: { tickets: out } };
}
