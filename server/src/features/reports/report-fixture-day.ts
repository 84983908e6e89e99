/**
 * A small hand-checked day (2026-11-23, Asia/Shanghai) shared by the report and KPI unit
 * tests. Times are branch-local; every wait/service/walk is a whole number of minutes so the
 * expected figures can be worked out on paper.
 */
import type { ReportRating, ReportTicket } from './report-types.ts';

export const FIXTURE_DATE = '2026-11-23';
export const FIXTURE_TZ = 'Asia/Shanghai';

/** 09:00 local = 01:00 UTC. */
export function at(hhmm: string, date = FIXTURE_DATE): number {
  return Date.parse(`${date}T${hhmm}:00+08:00`);
}

function ticket(
  p: Partial<ReportTicket> & Pick<ReportTicket, 'id' | 'laneId' | 'businessTypeId' | 'issuedAt'>,
): ReportTicket {
  return {
    number: p.id,
    businessDate: FIXTURE_DATE,
    status: 'done',
    outcome: 'served',
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    counterId: null,
    tellerId: null,
    suspends: 0,
    transfers: 0,
    ...p,
  };
}

export function fixtureTickets(): ReportTicket[] {
  return [
    // wait 10, walk 1, service 5
    ticket({
      id: 'A001',
      laneId: 'A',
      businessTypeId: 'cash',
      issuedAt: at('09:00'),
      calledAt: at('09:10'),
      startedAt: at('09:11'),
      finishedAt: at('09:16'),
      counterId: 'c2',
      tellerId: 'u1',
    }),
    // wait 20, walk 2, service 8, suspended once
    ticket({
      id: 'A002',
      laneId: 'A',
      businessTypeId: 'cash',
      issuedAt: at('09:05'),
      calledAt: at('09:25'),
      startedAt: at('09:27'),
      finishedAt: at('09:35'),
      counterId: 'c2',
      tellerId: 'u1',
      suspends: 1,
    }),
    // wait 6, never came
    ticket({
      id: 'A003',
      laneId: 'A',
      businessTypeId: 'cash',
      issuedAt: at('09:30'),
      calledAt: at('09:36'),
      status: 'no_show',
      outcome: 'no_show',
      counterId: 'c2',
      tellerId: 'u1',
    }),
    // VIP: wait 3, walk 1, service 6, partially served, transferred once
    ticket({
      id: 'V001',
      laneId: 'V',
      businessTypeId: 'vip-service',
      issuedAt: at('09:40'),
      calledAt: at('09:43'),
      startedAt: at('09:44'),
      finishedAt: at('09:50'),
      outcome: 'partially_served',
      counterId: 'c8',
      tellerId: 'u2',
      transfers: 1,
    }),
    // left before being called
    ticket({
      id: 'B001',
      laneId: 'B',
      businessTypeId: 'corp-cash',
      issuedAt: at('10:00'),
      status: 'cancelled',
      outcome: 'cancelled',
    }),
    // wait 30, walk 1, service 4
    ticket({
      id: 'A004',
      laneId: 'A',
      businessTypeId: 'remittance',
      issuedAt: at('10:10'),
      calledAt: at('10:40'),
      startedAt: at('10:41'),
      finishedAt: at('10:45'),
      counterId: 'c3',
      tellerId: 'u2',
    }),
  ];
}

export function fixtureRatings(): ReportRating[] {
  return [
    { ticketId: 'A001', attitude: 5, efficiency: 4 },
    { ticketId: 'A002', attitude: 3, efficiency: 3 },
    { ticketId: 'A004', attitude: 4, efficiency: 5 },
  ];
}

export const FIXTURE_TARGETS = { A: 15, B: 15, V: 5, K: 10 };
