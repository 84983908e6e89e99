import type { Ack, ErrorCode, Failure } from '@lobby/shared';
import type { Response } from 'express';

const STATUS: Partial<Record<ErrorCode, number>> = {
  INVALID_PAYLOAD: 400,
  UNAUTHENTICATED: 401,
  BAD_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** REST answers use the ack shape; the HTTP status follows the code (domain refusals are 409). */
export function sendAck(res: Response, ack: Ack<unknown> | Failure, okStatus = 200): void {
  if (!ack.ok && 'retryAfterSec' in ack && ack.retryAfterSec !== undefined)
    res.set('Retry-After', String(ack.retryAfterSec));
  res.status(ack.ok ? okStatus : (STATUS[ack.code] ?? 409)).json(ack);
}
