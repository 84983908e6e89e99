import { DEVICE_KINDS } from '@lobby/shared';
import type { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import type { AdminActionLog } from './admin-action-log.ts';
import { allow, guarded, parseBody, sendFailure, sendOk } from '../../http/respond.ts';

/**
 * Device pairing. The token is shown once (only its hash is stored); the pairing URL puts
 * it in `?device=` for the app to keep. Revoking tells the device's socket and cuts it.
 */
const PairDevice = z.object({
  kind: z.enum(DEVICE_KINDS),
  name: z.string().trim().min(1).max(60),
  counterId: z.string().max(64).nullable().default(null),
});

const APP_PATH = { kiosk: '/kiosk/', display: '/display/', evaluator: '/counter/rate' } as const;

export function addDeviceRoutes(ctx: AppContext, router: Router, actions: AdminActionLog): void {
  router.get(
    '/admin/devices',
    guarded(ctx, (req, res) => {
      if (!allow(ctx, req, res, ['admin'])) return;
      sendOk(res, ctx.store.devices.list());
    }),
  );

  router.post(
    '/admin/devices',
    guarded(ctx, (req, res) => {
      const principal = allow(ctx, req, res, ['admin']);
      if (!principal) return;
      const body = parseBody(PairDevice, req, res);
      if (!body) return;
      if (body.kind === 'evaluator' && !ctx.config().counters.some((c) => c.id === body.counterId)) {
        return sendFailure(res, 'INVALID_PAYLOAD', 'an evaluator is paired to a counter', [
          { path: 'counterId', message: 'unknown counter' },
        ]);
      }
      const counterId = body.kind === 'evaluator' ? body.counterId : null;
      const now = ctx.clock();
      const paired = ctx.db
        .transaction(() => {
          const p = ctx.store.devices.pair({ kind: body.kind, name: body.name, counterId }, now);
          actions.record({
            at: now,
            actorId: principal.id,
            action: 'device:pair',
            target: p.device.id,
            reason: null,
            detail: { kind: body.kind, name: body.name, counterId },
          });
          return p;
        })
        .immediate();
      sendOk(res, {
        device: paired.device,
        token: paired.token,
        pairingPath: `${APP_PATH[body.kind]}?device=${encodeURIComponent(paired.token)}`,
      });
    }),
  );

  router.post(
    '/admin/devices/:id/revoke',
    guarded(ctx, (req, res) => {
      const principal = allow(ctx, req, res, ['admin']);
      if (!principal) return;
      const id = String(req.params.id);
      const now = ctx.clock();
      const revoked = ctx.db
        .transaction(() => {
          const ok = ctx.store.devices.revoke(id, now);
          if (ok)
            actions.record({
              at: now,
              actorId: principal.id,
              action: 'device:revoke',
              target: id,
              reason: typeof req.body?.reason === 'string' ? req.body.reason.slice(0, 200) : null,
              detail: {},
            });
          return ok;
        })
        .immediate();
      if (!revoked) return sendFailure(res, 'NOT_FOUND', 'no such active device');
      ctx.revokePrincipal(id);
      sendOk(res, { id, revokedAt: now });
    }),
  );
}
