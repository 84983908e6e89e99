import { BranchConfigSchema, CONFIG_ROUTES, fail } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import { zodIssues } from '../../http/respond.ts';
import type { RestRouter } from '../../http/rest-router.ts';

/**
 * Branch configuration. The client sends the config it edited with the version it started
 * from; a newer version on the server means someone else saved first (CONFIG_CONFLICT).
 * The change goes through the engine's one command path (`config:apply`), so it is in the
 * event log as `config:changed` and live for every client at once.
 */
export function addConfigRoutes(rest: RestRouter, ctx: AppContext): void {
  rest.add(CONFIG_ROUTES.get, () => ({ ok: true, data: ctx.config() }));

  rest.add(CONFIG_ROUTES.put, ({ principal, body }) => {
    const parsed = BranchConfigSchema.safeParse(body.config);
    if (!parsed.success) return { ...fail('CONFIG_INVALID'), issues: zodIssues(parsed.error) };
    const current = ctx.config();
    if (parsed.data.version !== current.version) {
      return fail('CONFIG_CONFLICT', `edited version ${parsed.data.version}, current version ${current.version}`);
    }
    const next = { ...parsed.data, version: current.version + 1 };
    // The engine checks the version again inside the transaction: two saves may race here.
    // The event log says which version; the admin's own words go next to it in the audit,
    // written with the change (the command's persist runs inside its transaction).
    return ctx.queue.executeEngine(
      principal,
      body.requestId,
      { type: 'config:apply', actorId: principal.id, config: next },
      (state) => state.config,
      {
        persist: (store) =>
          store.adminActions.record({
            at: ctx.clock(),
            actorId: principal.id,
            action: 'config:update',
            target: `v${next.version}`,
            reason: body.reason || null,
            detail: { version: next.version },
          }),
      },
    );
  });
}
