import { MESSAGING_ROUTES } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import type { Feature } from '../../context/feature.ts';
import { RestRouter } from '../../http/rest-router.ts';
import { MessagePump } from '../../messaging/message-pump.ts';
import { gatewaySettingsView, saveGatewaySettings } from '../../messaging/messaging-settings.ts';
import { posterView, rotatePoster } from '../appointments/arrivals.ts';

/**
 * Text messages to customers: the admin's gateway settings (the secret write-only), the
 * delivery log, the hall poster, and the pump that sends the queued messages from the tick.
 */
const LOG_LIMIT = 200;

export function createMessagingFeature(): Feature {
  // Built per app (create-app), so one pump per app.
  let pump: MessagePump | null = null;
  const pumpOf = (ctx: AppContext) => (pump ??= new MessagePump(ctx.store, ctx.messaging, ctx.clock, ctx.logger));
  return {
    name: 'messaging',
    router(ctx) {
      const rest = new RestRouter(ctx);
      const { adminActions } = ctx.store;
      rest.add(MESSAGING_ROUTES.settings, () => ({ ok: true, data: gatewaySettingsView(ctx.store) }));
      rest.add(MESSAGING_ROUTES.update, ({ principal, body }) => {
        const { secret, ...settings } = body;
        adminActions.audited(
          () => saveGatewaySettings(ctx.store, settings, secret),
          () => ({
            at: ctx.clock(),
            actorId: principal.id,
            action: 'messaging:update',
            target: settings.url,
            reason: null,
            detail: { enabled: settings.enabled, secretChanged: secret !== undefined },
          }),
        );
        return { ok: true, data: gatewaySettingsView(ctx.store) };
      });
      rest.add(MESSAGING_ROUTES.messages, () => ({ ok: true, data: ctx.store.messages.recent(LOG_LIMIT) }));
      rest.add(MESSAGING_ROUTES.poster, () => ({ ok: true, data: posterView(ctx) }));
      rest.add(MESSAGING_ROUTES.rotatePoster, ({ principal }) => {
        const view = adminActions.audited(
          () => rotatePoster(ctx),
          () => ({
            at: ctx.clock(),
            actorId: principal.id,
            action: 'poster:rotate',
            target: null,
            reason: null,
            detail: {},
          }),
        );
        return { ok: true, data: view };
      });
      return rest.router;
    },
    onTick(ctx) {
      void pumpOf(ctx).tick();
    },
    onClose(ctx) {
      void pumpOf(ctx).stop();
    },
  };
}
