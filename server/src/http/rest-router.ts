/**
 * Mounts routes of the shared route map (shared/src/rest/). For each request: the caller's
 * token → role check (401/403) → params, query and body parsed by the route's schemas (400
 * INVALID_PAYLOAD with the field issues) → the typed handler → the answer, with the status of
 * HTTP_STATUS for a Failure. Thrown errors are logged and answered INTERNAL.
 *
 *   const rest = new RestRouter(ctx);
 *   rest.add(STAFF_ROUTES.update, ({ principal, params, body }) => ({ ok: true, data: … }));
 *   return rest.router; // a Feature's router
 */
import {
  type Ack,
  type DownloadFile,
  type Failure,
  type Principal,
  type RouteBody,
  type RouteData,
  type RouteParams,
  type RouteQuery,
  type RouteSpec,
} from '@lobby/shared';
import express, { type Request, type Response, type Router } from 'express';
import type { z } from 'zod';
import type { AppContext } from '../context/app-context.ts';
import { guarded, sendAck, sendFailure, zodIssues } from './respond.ts';

export interface RouteInput<S extends RouteSpec> {
  principal: S extends { roles: 'anyone' } ? Principal | null : Principal;
  params: RouteParams<S>;
  query: RouteQuery<S>;
  body: RouteBody<S>;
  req: Request;
  res: Response;
}

/** A Failure may carry extra fields for the client (e.g. an import's refused rows). */
export type RouteFailure = Failure & Record<string, unknown>;
export type RouteAnswer<S extends RouteSpec> =
  (S extends { response: 'file' } ? Ack<DownloadFile> : Ack<RouteData<S>>) | RouteFailure;
export type RouteHandler<S extends RouteSpec> = (input: RouteInput<S>) => RouteAnswer<S> | Promise<RouteAnswer<S>>;

const DEFAULT_RAW_LIMIT = 1024 * 1024;

function parsePart(schema: z.ZodType | undefined, value: unknown, res: Response): { ok: true; data: unknown } | null {
  if (!schema) return { ok: true, data: {} };
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  sendFailure(res, 'INVALID_PAYLOAD', undefined, zodIssues(parsed.error));
  return null;
}

export class RestRouter {
  readonly router: Router = express.Router();

  private readonly ctx: AppContext;

  constructor(ctx: AppContext) {
    this.ctx = ctx;
  }

  add<S extends RouteSpec>(route: S, handler: RouteHandler<S>): void {
    const { ctx } = this;
    ctx.rest.mounted.add(route);
    const raw =
      route.body === 'raw' ? [express.raw({ type: () => true, limit: route.maxBytes ?? DEFAULT_RAW_LIMIT })] : [];
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    this.router[method](
      route.path,
      ...raw,
      guarded(ctx, async (req, res) => {
        const principal = ctx.requirePrincipal(req);
        if (route.roles !== 'anyone') {
          if (!principal) return sendFailure(res, 'UNAUTHENTICATED');
          if (!route.roles.includes(principal.role)) return sendFailure(res, 'FORBIDDEN');
        }
        const params = parsePart(route.params, req.params, res);
        if (!params) return;
        const query = parsePart(route.query, req.query, res);
        if (!query) return;
        let body: unknown;
        if (route.body === 'raw') {
          body = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
        } else if (route.body) {
          const parsed = parsePart(route.body, req.body, res);
          if (!parsed) return;
          body = parsed.data;
        }
        const answer = await handler({
          principal,
          params: params.data,
          query: query.data,
          body,
          req,
          res,
        } as RouteInput<S>);
        if (!answer.ok) return sendAck(res, answer);
        if (route.response === 'file') return sendFile(res, answer.data as DownloadFile);
        if (ctx.rest.checkResponses) {
          const checked = route.response.safeParse(answer.data);
          if (!checked.success) {
            ctx.logger.error(
              { path: route.path, issues: zodIssues(checked.error) },
              'answer does not match its schema',
            );
            return sendFailure(res, 'INTERNAL');
          }
        }
        const status = route.okStatus ?? 200;
        res.status(status).json(route.envelope === 'bare' ? answer.data : answer);
      }),
    );
  }
}

function sendFile(res: Response, file: DownloadFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.send(Buffer.from(file.content));
}

/** An exceljs workbook as a download. */
export async function workbookFile(
  fileName: string,
  workbook: Promise<{ xlsx: { writeBuffer(): Promise<ArrayBuffer | Buffer> } }>,
): Promise<Ack<DownloadFile>> {
  const buffer = await (await workbook).xlsx.writeBuffer();
  return {
    ok: true,
    data: {
      fileName,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: new Uint8Array(buffer as ArrayBuffer),
    },
  };
}
