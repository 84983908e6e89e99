import { BranchConfigSchema, CONFIG_ROUTES, fail } from '@lobby/shared';
import type { AppContext } from '../../app/context.ts';
import { zodIssues } from '../../http/respond.ts';
import type { RestRouter } from '../../http/rest-router.ts';
import type { AdminActionLog } from './admin-action-log.ts';

/**
 * Branch configuration. The client sends the config it edited with the version it started
 * from; a newer version on the server means someone else saved first (CONFIG_CONFLICT).
 * The change goes through the engine's one command path (`config:apply`), so it is in the
 * event log as `config:changed` and live for every client at once.
 */
export function addConfigRoutes(rest: RestRouter, ctx: AppContext, actions: AdminActionLog): void {
  rest.add(CONFIG_ROUTES.get, () => ({ ok: true, data: ctx.config() }));

  rest.add(CONFIG_ROUTES.put, async ({ principal, body }) => {
    const parsed = BranchConfigSchema.safeParse(body.config);
    if (!parsed.success) return { ...fail('CONFIG_INVALID'), issues: zodIssues(parsed.error) };
    const current = ctx.config();
    if (parsed.data.version !== current.version) {
      return fail('CONFIG_CONFLICT', `edited version ${parsed.data.version}, current version ${current.version}`);
    }
    const next = { ...parsed.data, version: current.version + 1 };
    // The engine checks the version again inside the transaction: two saves may race here.
    const ack = await ctx.queue.executeEngine(
      principal,
      body.requestId,
      { type: 'config:apply', actorId: principal.id, config: next },
      (state) => state.config,
    );
    if (!ack.ok) return ack;
    // The event log says which version; the admin's own words go next to it in the audit.
    actions.record({
      at: ctx.clock(),
      actorId: principal.id,
      action: 'config:update',
      target: `v${ack.data.version}`,
      reason: body.reason || null,
      detail: { version: ack.data.version },
    });
    return ack;
  });
}
