/**
 * VIP lookups per device (kiosk, or a staff member typing numbers): `perWindow` in any
 * `windowMs`; past that the device is blocked for `firstBlockMs`, doubled on every further
 * flood within the hour, up to `maxBlockMs`. Each flood is remembered as a burst for the
 * lobby's alert. Clock injected (the branch clock), so tests can step through a block.
 */
export interface VipLookupSettings {
  perWindow: number;
  windowMs: number;
  firstBlockMs: number;
  maxBlockMs: number;
  /** Every answered lookup, hit or miss, is sent no earlier than this after it arrived. */
  floorMs: number;
}

export const DEFAULT_VIP_LOOKUP: VipLookupSettings = {
  perWindow: 10,
  windowMs: 60_000,
  firstBlockMs: 60_000,
  maxBlockMs: 15 * 60_000,
  floorMs: 200,
};

/** A flood by one device: raised as a lobby alert while it lasts and for a while after. */
export interface LookupBurst {
  deviceId: string;
  deviceName: string;
  since: number;
  lastRefusedAt: number;
  refused: number;
  blockedUntil: number;
}

interface DeviceLookups {
  times: number[];
  strikes: number;
  lastStrikeAt: number;
  blockedUntil: number;
  burst: LookupBurst | null;
}

const STRIKE_MEMORY_MS = 60 * 60_000;
/** How long the lobby still sees a burst after its last refused lookup. */
export const BURST_ALERT_HOLD_MS = 10 * 60_000;

export type LookupAdmission = { ok: true } | { ok: false; retryAfterMs: number };

export class VipLookupLimiter {
  private readonly devices = new Map<string, DeviceLookups>();

  readonly settings: VipLookupSettings;

  constructor(settings: VipLookupSettings) {
    this.settings = settings;
  }

  /** Counts one lookup by the device at `now`. */
  admit(deviceId: string, deviceName: string, now: number): LookupAdmission {
    const d = this.devices.get(deviceId) ?? { times: [], strikes: 0, lastStrikeAt: 0, blockedUntil: 0, burst: null };
    this.devices.set(deviceId, d);
    if (now < d.blockedUntil) return this.refuse(d, deviceId, deviceName, now);
    d.times = d.times.filter((t) => t > now - this.settings.windowMs);
    if (d.times.length < this.settings.perWindow) {
      d.times.push(now);
      return { ok: true };
    }
    d.strikes = now - d.lastStrikeAt < STRIKE_MEMORY_MS ? d.strikes + 1 : 1;
    d.lastStrikeAt = now;
    d.blockedUntil = now + Math.min(this.settings.firstBlockMs * 2 ** (d.strikes - 1), this.settings.maxBlockMs);
    d.times = [];
    return this.refuse(d, deviceId, deviceName, now);
  }

  private refuse(d: DeviceLookups, deviceId: string, deviceName: string, now: number): LookupAdmission {
    if (d.burst === null || now - d.burst.lastRefusedAt > BURST_ALERT_HOLD_MS)
      d.burst = { deviceId, deviceName, since: now, lastRefusedAt: now, refused: 0, blockedUntil: d.blockedUntil };
    d.burst = { ...d.burst, lastRefusedAt: now, refused: d.burst.refused + 1, blockedUntil: d.blockedUntil };
    return { ok: false, retryAfterMs: d.blockedUntil - now };
  }

  /** Bursts the lobby should still see at `now`. */
  bursts(now: number): LookupBurst[] {
    const out: LookupBurst[] = [];
    for (const d of this.devices.values()) {
      if (d.burst && (now < d.burst.blockedUntil || now - d.burst.lastRefusedAt <= BURST_ALERT_HOLD_MS))
        out.push(d.burst);
    }
    return out;
  }
}
