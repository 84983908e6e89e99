/**
 * The closed set of error codes head office answers with, and their HTTP status. As on the
 * branch, nothing unexpected reaches a client except INTERNAL.
 */
export const HQ_ERROR_CODES = [
  'INVALID_PAYLOAD',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_CREDENTIALS',
  'NOT_FOUND',
  'CONFLICT',
  'REPLICATION_GAP',
  'CATALOGUE_INVALID',
  'INTERNAL',
] as const;
export type HqErrorCode = (typeof HQ_ERROR_CODES)[number];

export const HQ_HTTP_STATUS: Record<HqErrorCode, number> = {
  INVALID_PAYLOAD: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_CREDENTIALS: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  REPLICATION_GAP: 409,
  CATALOGUE_INVALID: 422,
  INTERNAL: 500,
};

export type HqFailure = {
  ok: false;
  code: HqErrorCode;
  message?: string;
  issues?: { path: string; message: string }[];
};
export type HqResult<T> = { ok: true; data: T } | HqFailure;

export function isHqErrorCode(v: unknown): v is HqErrorCode {
  return typeof v === 'string' && (HQ_ERROR_CODES as readonly string[]).includes(v);
}
