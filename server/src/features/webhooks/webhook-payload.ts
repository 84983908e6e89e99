import { WEBHOOK_EVENT_TYPES, type StaffQueueEvent, type WebhookEventType } from '@lobby/shared';

/**
 * What an integrator receives for one event: the event's identity (the branch seq is the
 * idempotency key), the ticket and booking it concerns, whitelisted field by field — no
 * notes, reasons, staff, VIP tiers or phone digits ever leave here.
 */
export interface WebhookEvent {
  /** `<branch id>:<seq>`: the same on every retry of the delivery. */
  id: string;
  branchId: string;
  seq: number;
  type: WebhookEventType;
  at: number;
  businessDate: string;
  ticket?: {
    id: string;
    number: string;
    laneId: string;
    businessTypeId: string;
    status: string;
    outcome: string | null;
    channel: string;
    counterId: string | null;
    issuedAt: number;
    calledAt: number | null;
    startedAt: number | null;
    finishedAt: number | null;
    appointment: { bookingId: string; onTime: boolean } | null;
    phoneTicket: { activated: boolean } | null;
  };
  booking?: {
    id: string;
    code: string;
    businessDate: string;
    businessTypeId: string;
    slotStart: number;
    slotEnd: number;
    status: string;
    channel: string;
    ticketId: string | null;
    punctuality: string | null;
  };
}

const TYPES = new Set<string>(WEBHOOK_EVENT_TYPES);

export function isWebhookEvent(type: string): type is WebhookEventType {
  return TYPES.has(type);
}

export function toWebhookEvent(e: StaffQueueEvent, branchId: string): WebhookEvent | null {
  if (!isWebhookEvent(e.type)) return null;
  const out: WebhookEvent = {
    id: `${branchId}:${e.seq}`,
    branchId,
    seq: e.seq,
    type: e.type,
    at: e.at,
    businessDate: e.businessDate,
  };
  const t = e.ticket;
  if (t)
    out.ticket = {
      id: t.id,
      number: t.number,
      laneId: t.laneId,
      businessTypeId: t.businessTypeId,
      status: t.status,
      outcome: t.outcome,
      channel: t.channel,
      counterId: t.counterId,
      issuedAt: t.issuedAt,
      calledAt: t.calledAt,
      startedAt: t.startedAt,
      finishedAt: t.finishedAt,
      appointment: t.appointment ? { bookingId: t.appointment.bookingId, onTime: t.appointment.onTime } : null,
      phoneTicket: t.remote ? { activated: t.remote.activatedAt !== null } : null,
    };
  const b = e.booking;
  if (b)
    out.booking = {
      id: b.id,
      code: b.code,
      businessDate: b.businessDate,
      businessTypeId: b.businessTypeId,
      slotStart: b.slotStart,
      slotEnd: b.slotEnd,
      status: b.status,
      channel: b.channel,
      ticketId: b.ticketId,
      punctuality: b.punctuality,
    };
  return out;
}
