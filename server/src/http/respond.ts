import { HTTP_STATUS, type Ack, type ErrorCode, type FieldIssue, type Failure } from '@lobby/shared';
import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import type { AppContext } from '../context/app-context.ts';

/**
 * REST answers in the ack shape with the status of the one code → status table
 * (HTTP_STATUS, beside the error codes), and the error guard that never lets a stack reach
 * a client. Routes themselves are mounted from the shared route map (rest-router.ts).
 */
export function sendAck(res: Response, ack: Ack<unknown> | Failure, okStatus = 200): void {
  if (!ack.ok && 'retryAfterSec' in ack && ack.retryAfterSec !== undefined)
    res.set('Retry-After', String(ack.retryAfterSec));
  res.status(ack.ok ? okStatus : HTTP_STATUS[ack.code]).json(ack);
}

export function sendFailure(res: Response, code: ErrorCode, message?: string, issues?: FieldIssue[]): void {
  res.status(HTTP_STATUS[code]).json({
    ok: false,
    code,
    ...(message === undefined ? {} : { message }),
    ...(issues ? { issues } : {}),
  });
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 50).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** Route errors never leak: logged here, INTERNAL to the client. */
export function guarded(ctx: AppContext, handler: (req: Request, res: Response) => void | Promise<void>) {
  return async (req: Request, res: Response, _next: NextFunction): Promise<void> => {
    try {
      await handler(req, res);
    } catch (err) {
      ctx.logger.error({ err, path: req.path }, 'route failed');
      if (!res.headersSent) sendFailure(res, 'INTERNAL');
    }
  };
}
