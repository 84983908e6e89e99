/**
 * VIP recognition at the kiosk: `vip:lookup` (rate limited per device by the command
 * runner's guard, see create-app) answers after a fixed floor, hit or miss, with a proof
 * for ticket:issue; a device that floods the lookup shows up in the lobby's alert list.
 */
import type { Alert } from '@lobby/shared';
import type { AlertSource, Feature } from '../../context/feature.ts';
import { answerVipLookup, waitUntil } from './vip-lookup.ts';
import type { LookupBurst, VipLookupLimiter } from './vip-lookup-limiter.ts';

export interface VipFeature extends Feature {
  burstAlerts: AlertSource;
}

export function createVipFeature(limiter: VipLookupLimiter): VipFeature {
  return {
    name: 'vip',
    commands: {
      'vip:lookup': async (ctx, principal, p) => {
        const arrived = performance.now();
        const data = answerVipLookup(ctx.store.vip, principal.id, p.vipIdentifier, ctx.clock());
        await waitUntil(arrived + limiter.settings.floorMs);
        return { ok: true, data };
      },
    },
    burstAlerts: (_ctx, now, previous) => {
      const before = new Map(previous.map((a) => [a.id, a]));
      return limiter.bursts(now).map((b) => burstAlert(b, before.get(burstAlertId(b))));
    },
  };
}

const burstAlertId = (b: LookupBurst) => `vip_lookup_burst:${b.deviceId}:${b.since}`;

function burstAlert(b: LookupBurst, old: Alert | undefined): Alert {
  return {
    id: burstAlertId(b),
    kind: 'vip_lookup_burst',
    laneId: null,
    counterId: null,
    ticketId: null,
    message: {
      zh: `“${b.deviceName}”短时间内贵宾查询过多（已拒绝 ${b.refused} 次），可能有人在尝试猜测贵宾手机号或卡号`,
      en: `"${b.deviceName}" made too many VIP look-ups (${b.refused} refused): someone may be guessing VIP phone or card numbers`,
    },
    suggestion: {
      zh: '请查看该设备前是否有人；如有可疑，请在管理端“设备”中轮换或停用其令牌',
      en: 'Check who is at that device; if in doubt, rotate or revoke its token in Admin → Devices',
    },
    // Keeps its id, raise time and acknowledgement while the same burst lasts (the refusal count moves on).
    raisedAt: old?.raisedAt ?? b.since,
    acknowledgedBy: old?.acknowledgedBy ?? null,
    acknowledgedAt: old?.acknowledgedAt ?? null,
  };
}
