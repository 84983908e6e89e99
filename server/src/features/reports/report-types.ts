import type { BookingStatus, TicketOutcome, TicketStatus } from '@lobby/shared';

/** The report shapes clients read live in shared/ (rest/reports.ts); the core's input is here. */
export type {
  AppointmentReport,
  WaitGroup,
  BranchReport,
  HourRow,
  ReportFigures,
  ReportRow,
  WaitBucket,
} from '@lobby/shared';

/**
 * What the report core needs of one ticket: its times and who served it. Built from the
 * stored tickets (the teller is the ticket's handling record) plus the event log (suspend
 * count), so the core stays pure.
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
  /** Counter that last handled the ticket; the teller it is credited to (creditedStaffId). */
  counterId: string | null;
  tellerId: string | null;
  suspends: number;
  transfers: number;
  /** Checked in on time for a booking (the policy's head start applied); absent = walk-in. */
  booked?: boolean;
}

/** What the appointment figures need of one booking. */
export interface ReportBooking {
  status: BookingStatus;
  punctuality: 'on_time' | 'late' | null;
}

export interface ReportRating {
  ticketId: string;
  attitude: number;
  efficiency: number;
}
