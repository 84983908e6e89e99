/**
 * Device pairing. The token is shown once (only its hash is stored); the pairing URL puts
 * it in `?device=` for the app to keep. Revoking tells the device's socket and cuts it;
 * rotating does the same and answers a new pairing URL (the old token is refused at once).
 */
import { DEVICE_ROUTES, fail, type DeviceKind } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import type { RestRouter } from '../../http/rest-router.ts';

const APP_PATH = { kiosk: '/kiosk/', display: '/display/', evaluator: '/counter/rate' } as const;

const pairingPath = (kind: DeviceKind, token: string) => `${APP_PATH[kind]}?device=${encodeURIComponent(token)}`;

export function addDeviceRoutes(rest: RestRouter, ctx: AppContext): void {
  const actions = ctx.store.adminActions;
  rest.add(DEVICE_ROUTES.list, () => ({
    ok: true,
    data: ctx.store.devices
      .list()
      .map((d) => ({ ...d, pageOrigin: d.kind === 'kiosk' ? (ctx.kioskOrigins.originOf(d.id) ?? null) : null })),
  }));

  rest.add(DEVICE_ROUTES.pair, ({ principal, body }) => {
    if (body.kind === 'evaluator' && !ctx.config().counters.some((c) => c.id === body.counterId)) {
      return {
        ...fail('INVALID_PAYLOAD', 'an evaluator is paired to a counter'),
        issues: [{ path: 'counterId', message: 'unknown counter' }],
      };
    }
    const counterId = body.kind === 'evaluator' ? body.counterId : null;
    const now = ctx.clock();
    const paired = actions.audited(
      () => ctx.store.devices.pair({ kind: body.kind, name: body.name, counterId }, now),
      (p) => ({
        at: now,
        actorId: principal.id,
        action: 'device:pair',
        target: p.device.id,
        reason: null,
        detail: { kind: body.kind, name: body.name, counterId },
      }),
    );
    return {
      ok: true,
      data: {
        device: paired.device,
        token: paired.token,
        pairingPath: pairingPath(body.kind, paired.token),
      },
    };
  });

  rest.add(DEVICE_ROUTES.rotate, ({ principal, params: { id }, body }) => {
    const now = ctx.clock();
    const rotated = actions.audited(
      () => ctx.store.devices.rotate(id),
      (r) =>
        r
          ? {
              at: now,
              actorId: principal.id,
              action: 'device:rotate',
              target: id,
              reason: body.reason || null,
              detail: {},
            }
          : null,
    );
    if (!rotated) return fail('NOT_FOUND', 'no such active device');
    // The device's live sockets used the old token: cut them; it pairs again with the new URL.
    ctx.revokePrincipal(id);
    return {
      ok: true,
      data: {
        device: rotated.device,
        token: rotated.token,
        pairingPath: pairingPath(rotated.device.kind, rotated.token),
      },
    };
  });

  rest.add(DEVICE_ROUTES.revoke, ({ principal, params: { id }, body }) => {
    const now = ctx.clock();
    const revoked = actions.audited(
      () => ctx.store.devices.revoke(id, now),
      (ok) =>
        ok
          ? {
              at: now,
              actorId: principal.id,
              action: 'device:revoke',
              target: id,
              reason: body.reason || null,
              detail: {},
            }
          : null,
    );
    if (!revoked) return fail('NOT_FOUND', 'no such active device');
    ctx.revokePrincipal(id);
    return { ok: true, data: { id, revokedAt: now } };
  });
}
