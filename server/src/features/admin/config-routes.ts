import { BranchConfigSchema } from '@lobby/shared';
import type { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import type { AdminActionLog } from './admin-action-log.ts';
import { allow, guarded, parseBody, sendFailure, sendOk, zodIssues } from '../../http/respond.ts';

/**
 * Branch configuration. The client sends the config it edited with the version it started
 * from; a newer version on the server means someone else saved first (CONFIG_CONFLICT).
 * The change goes through the engine's one command path (`config:apply`), so it is in the
 * event log as `config:changed` and live for every client at once.
 */
const PutConfigBody = z.object({
  config: z.unknown(),
  reason: z.string().trim().max(200).default(''),
  requestId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .nullable()
    .default(null),
});

export function addConfigRoutes(ctx: AppContext, router: Router, actions: AdminActionLog): void {
  router.get(
    '/admin/config',
    guarded(ctx, (req, res) => {
      if (!allow(ctx, req, res, ['admin'])) return;
      sendOk(res, ctx.config());
    }),
  );

  router.put(
    '/admin/config',
    guarded(ctx, async (req, res) => {
      const principal = allow(ctx, req, res, ['admin']);
      if (!principal) return;
      const body = parseBody(PutConfigBody, req, res);
      if (!body) return;
      const parsed = BranchConfigSchema.safeParse(body.config);
      if (!parsed.success) return sendFailure(res, 'CONFIG_INVALID', undefined, zodIssues(parsed.error));
      const current = ctx.config();
      if (parsed.data.version !== current.version) {
        return sendFailure(
          res,
          'CONFIG_CONFLICT',
          `edited version ${parsed.data.version}, current version ${current.version}`,
        );
      }
      const next = { ...parsed.data, version: current.version + 1 };
      // The engine checks the version again inside the transaction: two saves may race here.
      const ack = await ctx.queue.executeEngine(
        principal,
        body.requestId,
        { type: 'config:apply', actorId: principal.id, config: next },
        (state) => state.config,
      );
      if (!ack.ok) return sendFailure(res, ack.code, ack.message);
      // The event log says which version; the admin's own words go next to it in the audit.
      actions.record({
        at: ctx.clock(),
        actorId: principal.id,
        action: 'config:update',
        target: `v${ack.data.version}`,
        reason: body.reason || null,
        detail: { version: ack.data.version },
      });
      sendOk(res, ack.data);
    }),
  );
}
