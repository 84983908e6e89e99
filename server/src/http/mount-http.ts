import { fail, type Readiness } from '@lobby/shared';
import express, { type Express } from 'express';
import type { AppContext } from '../context/app-context.ts';
import type { Feature } from '../context/feature.ts';
import type { CommandRunner } from '../commands/command-runner.ts';
import type { LoginThrottle } from '../auth/login-throttle.ts';
import type { IssueRateLimiter } from '../commands/rate-limits.ts';
import { authRoutes } from './auth-routes.ts';
import { integratorRoutes } from './integrator-routes.ts';
import { mobileTicketRoutes } from './mobile-ticket-routes.ts';
import { openApiDocument } from './openapi.ts';
import { sendAck } from './respond.ts';
import { permissionsPolicy, securityHeaders } from './security.ts';
import { staticApps } from './static-apps.ts';

/** Every HTTP route: health, /api (core + feature routers), the web apps, and the error handler. */
export function mountHttp(
  web: Express,
  ctx: AppContext,
  deps: {
    runner: CommandRunner;
    limiter: IssueRateLimiter;
    loginThrottle: LoginThrottle;
    features: Feature[];
    webRoot: string;
    startedAt: number;
    /** Addresses (or subnets) of the reverse proxies whose X-Forwarded-For is believed; none by default. */
    trustProxy: readonly string[];
    /** The branch CA's download (tls/branch-ca-download.ts). */
    branchCa: { path: string; handler: (req: express.Request, res: express.Response) => void };
    /** /readyz: the database takes writes, the last commit succeeded, the disk has room. */
    readiness: () => Readiness;
  },
): void {
  web.disable('x-powered-by');
  // A forwarded-for header from anyone else is a forgery: it must not choose the client address
  // that rate limits and the login lockout count by.
  web.set('trust proxy', deps.trustProxy.length > 0 ? [...deps.trustProxy] : false);
  web.use(securityHeaders());
  web.use(permissionsPolicy());
  web.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({
      ok: true,
      seq: ctx.queue.lastSeq,
      businessDate: ctx.queue.current.businessDate,
      uptimeMs: ctx.clock() - deps.startedAt,
    });
  });

  // For a load balancer or a monitoring probe: 503 while the branch cannot save a ticket.
  web.get('/readyz', (_req, res) => {
    const r = deps.readiness();
    res
      .status(r.ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json(r);
  });

  web.get(deps.branchCa.path, deps.branchCa.handler);

  const api = express.Router();
  // Staff data, tickets and exports: never kept by a browser or proxy cache (refusals included).
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(express.json({ limit: '1mb' }));
  api.get('/openapi.json', (_req, res) => res.json(openApiDocument()));
  api.use(authRoutes(ctx, deps.loginThrottle));
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
