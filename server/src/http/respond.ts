import {
  HTTP_STATUS,
  type Ack,
  type ErrorCode,
  type FieldIssue,
  type Failure,
  type Principal,
  type Role,
} from '@lobby/shared';
import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import type { AppContext } from '../app/context.ts';

/**
 * REST plumbing shared by every router: answers in the ack shape with the status of the
 * one code → status table (HTTP_STATUS, beside the error codes), the role check, the zod
 * parse, and the error guard that never lets a stack reach a client.
 */
export function sendAck(res: Response, ack: Ack<unknown> | Failure, okStatus = 200): void {
  if (!ack.ok && 'retryAfterSec' in ack && ack.retryAfterSec !== undefined)
    res.set('Retry-After', String(ack.retryAfterSec));
  res.status(ack.ok ? okStatus : HTTP_STATUS[ack.code]).json(ack);
}

export function sendFailure(
  res: Response,
  code: ErrorCode,
  message?: string,
  issues?: FieldIssue[],
  extra: Record<string, unknown> = {},
): void {
  res.status(HTTP_STATUS[code]).json({
    ok: false,
    code,
    ...(message === undefined ? {} : { message }),
    ...(issues ? { issues } : {}),
    ...extra,
  });
}

export function sendOk<T>(res: Response, data: T): void {
  res.json({ ok: true, data });
}

/** The caller, if signed in with one of the roles; otherwise the reply is already sent. */
export function allow(ctx: AppContext, req: Request, res: Response, roles: readonly Role[]): Principal | null {
  const principal = ctx.requirePrincipal(req);
  if (!principal) {
    sendFailure(res, 'UNAUTHENTICATED');
    return null;
  }
  if (!roles.includes(principal.role)) {
    sendFailure(res, 'FORBIDDEN');
    return null;
  }
  return principal;
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 50).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

export function parseBody<S extends z.ZodType>(schema: S, req: Request, res: Response): z.output<S> | null {
  const parsed = schema.safeParse(req.body ?? {});
  if (!parsed.success) {
    sendFailure(res, 'INVALID_PAYLOAD', undefined, zodIssues(parsed.error));
    return null;
  }
  return parsed.data;
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

export async function sendWorkbook(
  res: Response,
  fileName: string,
  workbook: { xlsx: { writeBuffer(): Promise<ArrayBuffer | Buffer> } },
): Promise<void> {
  const buffer = await workbook.xlsx.writeBuffer();
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.send(Buffer.from(buffer as ArrayBuffer));
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_MONTH = /^\d{4}-\d{2}$/;
