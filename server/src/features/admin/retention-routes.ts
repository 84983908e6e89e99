import { AUDIT_ROUTES, businessDateOf, type Principal, type PurgeResult } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import type { RestRouter } from '../../http/rest-router.ts';
import { purgeCustomerIdentifiers } from './retention-purge.ts';

/** Runs the retention purge on demand, and once per business date from the tick. */
export class RetentionJob {
  private lastRunDate: string | null = null;

  private readonly ctx: AppContext;

  constructor(ctx: AppContext) {
    this.ctx = ctx;
  }

  run(actor: Principal | null, now: number): PurgeResult {
    const { store } = this.ctx;
    const result = store.adminActions.audited(
      () => purgeCustomerIdentifiers(store, this.ctx.config().retentionDays, now),
      (purged) => ({
        at: now,
        actorId: actor?.id ?? null,
        action: 'retention:purge',
        target: null,
        reason: actor ? 'on demand' : 'daily',
        detail: { ...purged },
      }),
    );
    this.lastRunDate = businessDateOf(now, this.ctx.config().hours.timeZone);
    return result;
  }

  /** Cheap on every tick: only the first tick of a business date does any work. */
  tick(now: number): void {
    const today = businessDateOf(now, this.ctx.config().hours.timeZone);
    if (this.lastRunDate === today) return;
    this.run(null, now);
  }
}

export function addRetentionRoutes(rest: RestRouter, ctx: AppContext, job: RetentionJob): void {
  rest.add(AUDIT_ROUTES.purge, ({ principal }) => ({ ok: true, data: job.run(principal, ctx.clock()) }));
}
