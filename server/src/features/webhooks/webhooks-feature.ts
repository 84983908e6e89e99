import { fail, WEBHOOK_ROUTES } from '@lobby/shared';
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context/app-context.ts';
import type { Feature } from '../../context/feature.ts';
import { newId } from '../../auth/tokens.ts';
import type { EventSink } from '../../queue/queue-service.ts';
import { RestRouter } from '../../http/rest-router.ts';
import type { WebhookEndpoint } from '../../store/webhook-store.ts';
import { toWebhookEvent } from './webhook-payload.ts';
import { WebhookSender } from './webhook-sender.ts';

/**
 * Signed webhooks for integrators. The outbox rows are written by an event sink inside the
 * batch transaction that logs the events (one write path: a row exists exactly when its
 * event does); the sender delivers them from the tick; the admin manages endpoints and
 * retries dead letters.
 */
export function webhookOutboxSink(branchId: () => string): EventSink {
  return (events, store, now) => {
    const endpoints = store.webhooks.endpoints().filter((e) => e.enabled);
    if (endpoints.length === 0) return;
    for (const e of events) {
      const payload = toWebhookEvent(e, branchId());
      if (!payload) continue;
      const body = JSON.stringify(payload);
      for (const endpoint of endpoints)
        if (endpoint.events.includes(payload.type)) store.webhooks.enqueue(endpoint.id, e.seq, e.type, body, now);
    }
  };
}

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;
const view = ({ secret: _s, ...e }: WebhookEndpoint) => e;

export function createWebhooksFeature(): Feature {
  // Built per app (create-app), so one sender per app.
  let sender: WebhookSender | null = null;
  const senderOf = (ctx: AppContext) =>
    (sender ??= new WebhookSender(ctx.store, () => ctx.config().branch.id, ctx.clock, ctx.logger));
  return {
    name: 'webhooks',
    router(ctx) {
      const rest = new RestRouter(ctx);
      const { webhooks, adminActions } = ctx.store;
      /** The change and its audit row in one transaction. */
      const audited = <T>(
        change: () => T,
        actorId: string,
        action: 'webhook:create' | 'webhook:update' | 'webhook:remove' | 'webhook:retry',
        target: string,
        detail: Record<string, unknown>,
      ): T => adminActions.audited(change, () => ({ at: ctx.clock(), actorId, action, target, reason: null, detail }));
      rest.add(WEBHOOK_ROUTES.list, () => ({ ok: true, data: webhooks.endpoints().map(view) }));
      rest.add(WEBHOOK_ROUTES.create, ({ principal, body }) => {
        const endpoint: WebhookEndpoint = { id: newId('wh'), secret: newSecret(), createdAt: ctx.clock(), ...body };
        audited(() => webhooks.createEndpoint(endpoint), principal.id, 'webhook:create', endpoint.url, {
          id: endpoint.id,
          events: endpoint.events,
        });
        return { ok: true, data: { endpoint: view(endpoint), secret: endpoint.secret } };
      });
      rest.add(WEBHOOK_ROUTES.update, ({ principal, params, body }) => {
        const current = webhooks.endpoint(params.id);
        if (!current) return fail('NOT_FOUND', 'webhook');
        const { rotateSecret, ...patch } = body;
        const next: WebhookEndpoint = {
          ...current,
          ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
          secret: rotateSecret ? newSecret() : current.secret,
        };
        audited(() => webhooks.updateEndpoint(next), principal.id, 'webhook:update', next.url, {
          id: next.id,
          rotateSecret,
          enabled: next.enabled,
        });
        return { ok: true, data: { endpoint: view(next), secret: rotateSecret ? next.secret : null } };
      });
      rest.add(WEBHOOK_ROUTES.remove, ({ principal, params }) => {
        const current = webhooks.endpoint(params.id);
        if (!current) return fail('NOT_FOUND', 'webhook');
        const removed = audited(() => webhooks.deleteEndpoint(params.id), principal.id, 'webhook:remove', current.url, {
          id: current.id,
        });
        return { ok: true, data: { removed } };
      });
      rest.add(WEBHOOK_ROUTES.deliveries, ({ query }) => ({
        ok: true,
        data: webhooks.list(query.status, query.limit),
      }));
      rest.add(WEBHOOK_ROUTES.retry, ({ principal, params }) => {
        const retried = adminActions.audited(
          () => webhooks.retry(params.id, ctx.clock()),
          (ok) =>
            ok
              ? {
                  at: ctx.clock(),
                  actorId: principal.id,
                  action: 'webhook:retry',
                  target: String(params.id),
                  reason: null,
                  detail: {},
                }
              : null,
        );
        if (!retried) return fail('NOT_FOUND', 'no dead delivery with that id');
        void senderOf(ctx).tick();
        return { ok: true, data: webhooks.delivery(params.id) };
      });
      return rest.router;
    },
    onTick(ctx) {
      void senderOf(ctx).tick();
    },
    onClose(ctx) {
      void senderOf(ctx).stop();
    },
  };
}
