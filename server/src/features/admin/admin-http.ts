import type { ErrorCode, FieldIssue, Principal, Role } from '@lobby/shared';
import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import type { AppContext } from '../../app/context.ts';

/**
 * REST plumbing shared by the admin, report, KPI and complaint routers: role check, zod
 * parse, and the Failure body with a status that matches the closed error code.
 */
const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_PAYLOAD: 400,
  CONFIG_INVALID: 422,
  IMPORT_INVALID: 422,
  CONFIG_CONFLICT: 409,
  INVALID_STATE: 409,
  INTERNAL: 500,
};

export function sendFailure(res: Response, code: ErrorCode, message?: string, issues?: FieldIssue[]): void {
  res
    .status(STATUS[code] ?? 409)
    .json({ ok: false, code, ...(message === undefined ? {} : { message }), ...(issues ? { issues } : {}) });
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
      ctx.logger.error({ err, path: req.path }, 'admin route failed');
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
