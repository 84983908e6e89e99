/** The report shapes live in shared/ (the admin UI reads them too). */
export type {
  BranchReport,
  HourRow,
  ReportFigures,
  ReportRating,
  ReportRow,
  ReportTicket,
  WaitBucket,
} from '@lobby/shared';
