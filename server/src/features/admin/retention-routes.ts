import { businessDateOf, type Principal } from '@lobby/shared';
import type { Router } from 'express';
import type { AppContext } from '../../app/context.ts';
import type { ComplaintStore } from '../complaints/complaint-store.ts';
import type { AdminActionLog } from './admin-action-log.ts';
import { allow, guarded, sendOk } from '../../http/respond.ts';
import { purgeCustomerIdentifiers, type PurgeResult } from './retention-purge.ts';

/** Runs the retention purge on demand, and once per business date from the tick. */
export class RetentionJob {
  private lastRunDate: string | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly complaints: ComplaintStore,
    private readonly actions: AdminActionLog,
  ) {}

  run(actor: Principal | null, now: number): PurgeResult {
    const result = purgeCustomerIdentifiers(this.ctx.db, this.complaints, this.ctx.config().retentionDays, now);
    this.actions.record({
      at: now,
      actorId: actor?.id ?? null,
      action: 'retention:purge',
      target: null,
      reason: actor ? 'on demand' : 'daily',
      detail: { ...result },
    });
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

export function addRetentionRoutes(ctx: AppContext, router: Router, job: RetentionJob): void {
  router.post(
    '/admin/retention/purge',
    guarded(ctx, (req, res) => {
      const principal = allow(ctx, req, res, ['admin']);
      if (!principal) return;
      sendOk(res, job.run(principal, ctx.clock()));
    }),
  );
}
