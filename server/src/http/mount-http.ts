import { fail } from '@lobby/shared';
import express, { type Express } from 'express';
import type { AppContext } from '../app/context.ts';
import type { Feature } from '../app/feature.ts';
import type { CommandRunner } from '../realtime/command-runner.ts';
import type { IssueRateLimiter } from '../realtime/rate-limits.ts';
import { authRoutes } from './auth-routes.ts';
import { integratorRoutes } from './integrator-routes.ts';
import { mobileTicketRoutes } from './mobile-ticket-routes.ts';
import { openApiDocument } from './openapi.ts';
import { sendAck } from './respond.ts';
import { securityHeaders } from './security.ts';
import { staticApps } from './static-apps.ts';

/** Every HTTP route: health, /api (core + feature routers), the web apps, and the error handler. */
export function mountHttp(
  web: Express,
  ctx: AppContext,
  deps: { runner: CommandRunner; limiter: IssueRateLimiter; features: Feature[]; webRoot: string; startedAt: number },
): void {
  web.disable('x-powered-by');
  web.set('trust proxy', 'loopback');
  web.use(securityHeaders());
  web.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({
      ok: true,
      seq: ctx.queue.lastSeq,
      businessDate: ctx.queue.current.businessDate,
      uptimeMs: ctx.clock() - deps.startedAt,
    });
  });

  const api = express.Router();
  api.use(express.json({ limit: '1mb' }));
  api.get('/openapi.json', (_req, res) => res.json(openApiDocument()));
  api.use(authRoutes(ctx));
  api.use(mobileTicketRoutes(ctx));
  api.use(integratorRoutes(ctx, deps.runner, deps.limiter));
  for (const f of deps.features) if (f.router) api.use(f.router(ctx));
  api.use((_req, res) => sendAck(res, fail('NOT_FOUND')));
  web.use('/api', api);
  web.use(staticApps(deps.webRoot));

  // Body-parser errors carry a status (400/413); everything else is INTERNAL, logged, never echoed.
  web.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status =
      typeof err === 'object' && err !== null && 'status' in err ? Number((err as { status: unknown }).status) : 500;
    if (status >= 400 && status < 500) return sendAck(res, fail('INVALID_PAYLOAD'));
    ctx.logger.error({ err }, 'http request failed');
    sendAck(res, fail('INTERNAL'));
  });
}
