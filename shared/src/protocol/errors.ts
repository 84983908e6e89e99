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
  /** The counter's teller is in a VIP room (暂离): no calls until the visit finishes. */
  'COUNTER_AWAY',
  'COUNTER_OFFLINE',
  'COUNTER_BUSY',
  'COUNTER_IDLE',
  'QUEUE_EMPTY',
  'RECALL_LIMIT_REACHED',
  /** 过号 before the branch's minimum time since the (last) call. */
  'NO_SHOW_TOO_EARLY',
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
  /** A VIP or restricted lane without a valid proof from vip:lookup (missing, expired, another device's, used). */
  'VIP_PROOF_INVALID',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The HTTP status of each code on a REST answer: THE one table (a new code without a status
 * fails the typecheck). Domain refusals — the state does not allow it now — are 409;
 * content that parsed but is not acceptable as a whole (a config, an import file) is 422.
 */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_PAYLOAD: 400,
  UNAUTHENTICATED: 401,
  BAD_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_STATE: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  COUNTER_HELD: 409,
  COUNTER_NOT_SIGNED_ON: 409,
  COUNTER_NOT_OPEN: 409,
  COUNTER_PAUSED: 409,
  COUNTER_AWAY: 409,
  COUNTER_OFFLINE: 409,
  COUNTER_BUSY: 409,
  COUNTER_IDLE: 409,
  QUEUE_EMPTY: 409,
  RECALL_LIMIT_REACHED: 409,
  NO_SHOW_TOO_EARLY: 409,
  LANE_NOT_SERVED: 409,
  LANE_PAUSED: 409,
  LANE_CAP_REACHED: 409,
  NUMBER_RANGE_EXHAUSTED: 409,
  OUTSIDE_BUSINESS_HOURS: 409,
  AFTER_LAST_TICKET: 409,
  EMERGENCY_MODE: 409,
  ALREADY_RATED: 409,
  RATING_CLOSED: 409,
  VIP_ROOM_OCCUPIED: 409,
  CONFIG_INVALID: 422,
  CONFIG_CONFLICT: 409,
  IMPORT_INVALID: 422,
  SLOT_FULL: 409,
  SLOT_UNAVAILABLE: 409,
  BOOKING_LIMIT_REACHED: 409,
  REMOTE_QUEUE_CLOSED: 409,
  REMOTE_LIMIT_REACHED: 409,
  // The code did not match: the request was understood, its content is not acceptable.
  VERIFICATION_FAILED: 422,
  VERIFICATION_EXPIRED: 409,
  CHECK_IN_TOO_EARLY: 409,
  TICKET_NOT_ACTIVATED: 409,
  // No text-message gateway is set up: the branch does not offer it now.
  MESSAGING_UNAVAILABLE: 409,
  VIP_PROOF_INVALID: 403,
};

/** Every command's answer; a refusal is a Failure (code, and at times message, issues, retryAfterSec). */
export type Ack<T> = { ok: true; data: T } | Failure;

/** Issues of a zod failure or a config validation, safe to show staff (field path + message). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** `retryAfterSec`: on RATE_LIMITED, when the request may be tried again (also the HTTP Retry-After). */
export type Failure = { ok: false; code: ErrorCode; message?: string; issues?: FieldIssue[]; retryAfterSec?: number };

export function fail(code: ErrorCode, message?: string): Failure {
  return message === undefined ? { ok: false, code } : { ok: false, code, message };
}

/** RATE_LIMITED, with the wait in whole seconds (at least one). */
export function rateLimited(msBeforeRetry: number): Failure {
  return { ok: false, code: 'RATE_LIMITED', retryAfterSec: Math.max(1, Math.ceil(msBeforeRetry / 1000)) };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
