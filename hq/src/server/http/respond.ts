import { HQ_HTTP_STATUS, type HqErrorCode, type HqResult } from '@lobby/shared';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { z } from 'zod';

/** Head-office answers: `{ok:true,data}` or `{ok:false,code}` with the status of HQ_HTTP_STATUS. */
export function sendResult(res: Response, result: HqResult<unknown>): void {
  res.status(result.ok ? 200 : HQ_HTTP_STATUS[result.code]).json(result);
}

export function sendFailure(
  res: Response,
  code: HqErrorCode,
  message?: string,
  extra: Record<string, unknown> = {},
): void {
  res.status(HQ_HTTP_STATUS[code]).json({ ok: false, code, ...(message ? { message } : {}), ...extra });
}

/** Parses with a zod schema, or answers 400 with the field issues. */
export function parseOr400<T>(schema: z.ZodType<T>, value: unknown, res: Response): T | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  res.status(400).json({
    ok: false,
    code: 'INVALID_PAYLOAD',
    issues: parsed.error.issues.slice(0, 50).map((i) => ({ path: i.path.join('.'), message: i.message })),
  });
  return null;
}

/** Route errors never leak: logged, INTERNAL to the client. */
export function guarded(logger: Logger, handler: (req: Request, res: Response) => void | Promise<void>) {
  return async (req: Request, res: Response, _next: NextFunction): Promise<void> => {
    try {
      await handler(req, res);
    } catch (err) {
      logger.error({ err, path: req.path }, 'head-office route failed');
      if (!res.headersSent) sendFailure(res, 'INTERNAL');
    }
  };
}

export function bearerOf(req: Request): string | null {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() || null : null;
}
