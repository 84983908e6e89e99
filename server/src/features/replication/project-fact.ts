/**
 * THE projection of what leaves the branch for head office. Each function lists, field by
 * field, what head office gets: public facts (numbers, lanes, counters, times, outcomes),
 * ratings, complaint states and clocks, and staff statistics with tellers by staff number.
 * Never a customer identifier, a note, a reason typed by staff, a hall message, a complaint's
 * text or contact, a teller's name. (project-fact.test.ts fails if one leaks; head office's
 * schemas are strict and refuse unknown fields as well.)
 */
import type {
  BranchConfig,
  Complaint,
  CounterStaffView,
  HqAlertFact,
  HqComplaintFact,
  HqCounterFact,
  HqProfileFact,
  HqQueueFact,
  HqTicketFact,
  StaffQueueEvent,
  TicketStaffView,
} from '@lobby/shared';
import type { AlertLogEntry } from '../../store/replication-outbox-store.ts';

export interface ProjectionLookups {
  /** 工号 of a staff user (null for devices, the system, unknown ids). */
  staffNo(staffId: string | null): string | null;
  rating(ticketId: string): { attitude: number; efficiency: number } | null;
  ticketNumber(ticketId: string): string | null;
}

function projectTicket(
  t: TicketStaffView,
  counter: CounterStaffView | undefined,
  config: BranchConfig,
  lookups: ProjectionLookups,
): HqTicketFact {
  const atItsCounter = counter !== undefined && t.counterId === counter.id;
  return {
    id: t.id,
    number: t.number,
    laneId: t.laneId,
    businessTypeId: t.businessTypeId,
    businessDate: t.businessDate,
    status: t.status,
    outcome: t.outcome,
    channel: t.channel,
    issuedAt: t.issuedAt,
    firstCalledAt: t.firstCalledAt,
    calledAt: t.calledAt,
    startedAt: t.startedAt,
    finishedAt: t.finishedAt,
    counterId: t.counterId,
    tellerNo: atItsCounter ? lookups.staffNo(counter.tellerId) : null,
    recalls: t.recalls,
    transfers: t.redirects.length,
    priorityGroupId: t.priorityGroupId,
    vipTierId: t.vipTierId,
    targetWaitMin: config.lanes.find((l) => l.id === t.laneId)?.targetWaitMin ?? null,
    targetServiceMin: config.businessTypes.find((b) => b.id === t.businessTypeId)?.targetServiceMin ?? null,
  };
}

function projectCounter(c: CounterStaffView, tickets: TicketStaffView[], lookups: ProjectionLookups): HqCounterFact {
  const current = c.currentTicketId;
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    pauseReason: c.pauseReason,
    online: c.online,
    tellerNo: lookups.staffNo(c.tellerId),
    laneIds: [...c.laneIds],
    currentNumber:
      current === null ? null : (tickets.find((t) => t.id === current)?.number ?? lookups.ticketNumber(current)),
    idleSince: c.idleSince,
  };
}

export function projectQueueEvent(e: StaffQueueEvent, config: BranchConfig, lookups: ProjectionLookups): HqQueueFact {
  const tickets = e.ticket ? [e.ticket] : (e.tickets ?? []);
  const rated = e.type === 'rating:recorded' && e.ticket ? lookups.rating(e.ticket.id) : null;
  return {
    kind: 'queue',
    eventSeq: e.seq,
    type: e.type,
    at: e.at,
    businessDate: e.businessDate,
    actorNo: lookups.staffNo(e.actorId),
    lanes: e.lanes.map((l) => ({
      laneId: l.laneId,
      waiting: l.waiting,
      longestWaitMs: l.longestWaitMs,
      paused: l.paused,
      estimateLowMin: l.estimate?.lowMin ?? null,
      estimateHighMin: l.estimate?.highMin ?? null,
      issuedToday: l.issuedToday,
    })),
    tickets: tickets.map((t) => projectTicket(t, e.counter, config, lookups)),
    counter: e.counter ? projectCounter(e.counter, tickets, lookups) : null,
    rating: rated && e.ticket ? { ticketId: e.ticket.id, ...rated } : null,
    emergency: e.emergency ? e.emergency.active : null,
  };
}

export function projectComplaint(c: Complaint, at: number, lookups: ProjectionLookups): HqComplaintFact {
  return {
    kind: 'complaint',
    at,
    complaint: {
      id: c.id,
      receivedAt: c.receivedAt,
      receivedDate: c.receivedDate,
      source: c.source,
      category: c.category,
      severity: c.severity,
      status: c.status,
      ticketId: c.ticketId,
      counterId: c.counterId,
      tellerNo: lookups.staffNo(c.tellerId),
      firstResponseDue: c.firstResponseDue,
      handlingDue: c.handlingDue,
      writtenResultDue: c.writtenResultDue,
      respondedAt: c.respondedAt,
      resolvedAt: c.resolvedAt,
      writtenResultAt: c.writtenResultAt,
      verifiedAt: c.verifiedAt,
      closedAt: c.closedAt,
    },
  };
}

export type { AlertLogEntry };

export function projectAlert(a: AlertLogEntry): HqAlertFact {
  return {
    kind: 'alert',
    at: a.at,
    alert: { id: a.alertId, action: a.action, kind: a.kind, laneId: a.laneId, counterId: a.counterId },
  };
}

export function projectProfile(config: BranchConfig, catalogueVersion: number | null, at: number): HqProfileFact {
  return {
    kind: 'profile',
    at,
    profile: {
      branchId: config.branch.id,
      name: config.branch.name,
      timeZone: config.hours.timeZone,
      configVersion: config.version,
      catalogueVersion,
      lanes: config.lanes.map((l) => ({
        id: l.id,
        kind: l.kind,
        prefix: l.prefix,
        name: l.name,
        targetWaitMin: l.targetWaitMin,
      })),
      businessTypes: config.businessTypes.map((b) => ({
        id: b.id,
        laneId: b.laneId,
        name: b.name,
        targetServiceMin: b.targetServiceMin,
        enabled: b.enabled,
      })),
      counters: config.counters.map((k) => ({ id: k.id, number: k.number, name: k.name, laneIds: [...k.laneIds] })),
    },
  };
}
