/**
 * The closed set of error codes a client can receive. No stack trace or raw message
 * ever reaches a client: everything unexpected is INTERNAL.
 */
export const ERROR_CODES = [
  'INVALID_PAYLOAD',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_CREDENTIALS',
  'NOT_FOUND',
  'INVALID_STATE',
  'RATE_LIMITED',
  'INTERNAL',
  'COUNTER_HELD',
  'COUNTER_NOT_SIGNED_ON',
  'COUNTER_NOT_OPEN',
  'COUNTER_PAUSED',
  'COUNTER_OFFLINE',
  'COUNTER_BUSY',
  'COUNTER_IDLE',
  'QUEUE_EMPTY',
  'RECALL_LIMIT_REACHED',
  'LANE_NOT_SERVED',
  'LANE_PAUSED',
  'LANE_CAP_REACHED',
  'NUMBER_RANGE_EXHAUSTED',
  'OUTSIDE_BUSINESS_HOURS',
  'AFTER_LAST_TICKET',
  'EMERGENCY_MODE',
  'ALREADY_RATED',
  'RATING_CLOSED',
  'VIP_ROOM_OCCUPIED',
  'CONFIG_INVALID',
  'CONFIG_CONFLICT',
  'IMPORT_INVALID',
  /** Appointments and phone tickets. */
  'SLOT_FULL',
  'SLOT_UNAVAILABLE',
  'BOOKING_LIMIT_REACHED',
  'REMOTE_QUEUE_CLOSED',
  'REMOTE_LIMIT_REACHED',
  'VERIFICATION_FAILED',
  'VERIFICATION_EXPIRED',
  'CHECK_IN_TOO_EARLY',
  'TICKET_NOT_ACTIVATED',
  'MESSAGING_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Ack<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message?: string };

/** Issues of a zod failure or a config validation, safe to show staff (field path + message). */
export interface FieldIssue {
  path: string;
  message: string;
}

export type Failure = { ok: false; code: ErrorCode; message?: string; issues?: FieldIssue[] };

export function fail(code: ErrorCode, message?: string): Failure {
  return message === undefined ? { ok: false, code } : { ok: false, code, message };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
