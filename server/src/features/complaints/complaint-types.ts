/** The complaint shapes live in shared/ (the admin UI reads them too). */
export {
  COMPLAINT_ACTIONS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_SEVERITIES,
  COMPLAINT_SOURCES,
  COMPLAINT_STATUSES,
  ComplaintActionSchema,
  ComplaintCreateSchema,
  OVERDUE_CLOCKS,
} from '@lobby/shared';
export type {
  Complaint,
  ComplaintAction,
  ComplaintCategory,
  ComplaintCreate,
  ComplaintHistoryEntry,
  ComplaintSeverity,
  ComplaintSource,
  ComplaintStatus,
  OverdueClock,
} from '@lobby/shared';
