import type { TicketOutcome, TicketStatus } from '@lobby/shared';

/** The report shapes clients read live in shared/ (rest/reports.ts); the core's input is here. */
export type { BranchReport, HourRow, ReportFigures, ReportRow, WaitBucket } from '@lobby/shared';

/**
 * What the report core needs of one ticket: its times and who served it. Built from the
 * stored tickets plus the event log (teller, suspend count), so the core stays pure.
 */
export interface ReportTicket {
  id: string;
  number: string;
  businessDate: string;
  laneId: string;
  businessTypeId: string;
  status: TicketStatus;
  outcome: TicketOutcome | null;
  issuedAt: number;
  /** Last call: the wait runs from issue to here (docs/domain.md §4). */
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  /** Counter and teller that last handled the ticket. */
  counterId: string | null;
  tellerId: string | null;
  suspends: number;
  transfers: number;
}

export interface ReportRating {
  ticketId: string;
  attitude: number;
  efficiency: number;
}
