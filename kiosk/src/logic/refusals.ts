import {
  hoursRefusal,
  type BusinessHours,
  type EmergencyState,
  type ErrorCode,
  type HoursRefusal,
  type Lane,
  type LaneStats,
} from '@lobby/shared';

/**
 * Every reason the kiosk may not issue a ticket, in one closed union so each gets its own
 * localized screen. Derived from the live floor state first; a server refusal maps onto
 * the same kinds so the customer sees the same words either way.
 */
export type Refusal =
  | HoursRefusal
  | { kind: 'outside_hours' }
  | { kind: 'emergency'; message: string }
  | { kind: 'lane_paused'; laneId: string }
  | { kind: 'lane_cap_reached'; laneId: string }
  | { kind: 'rate_limited' }
  /** The VIP check expired (or was used): look up again. */
  | { kind: 'vip_check_expired' }
  | { kind: 'unreachable' }
  | { kind: 'server_error'; code: ErrorCode };

export function branchRefusal(hours: BusinessHours, emergency: EmergencyState, now: number): Refusal | null {
  if (emergency.active) return { kind: 'emergency', message: emergency.message };
  return hoursRefusal(hours, now);
}

export function laneRefusal(lane: Lane, stats: LaneStats | undefined): Refusal | null {
  if (!stats) return null;
  if (stats.paused) return { kind: 'lane_paused', laneId: lane.id };
  if (stats.issuedToday >= lane.dailyCap) return { kind: 'lane_cap_reached', laneId: lane.id };
  return null;
}

/** A server refusal of `ticket:issue` / `vip:lookup`, in kiosk terms. */
export function refusalFromCode(
  code: ErrorCode,
  ctx: { laneId: string | null; hours: BusinessHours; emergencyMessage: string; now: number },
): Refusal {
  switch (code) {
    case 'OUTSIDE_BUSINESS_HOURS':
      // Say which side of the hours we are on when the local clock agrees with the server.
      return hoursRefusal(ctx.hours, ctx.now) ?? { kind: 'outside_hours' };
    case 'AFTER_LAST_TICKET':
      return { kind: 'after_last_ticket', lastTicket: ctx.hours.lastTicket };
    case 'EMERGENCY_MODE':
      return { kind: 'emergency', message: ctx.emergencyMessage };
    case 'LANE_PAUSED':
      return ctx.laneId ? { kind: 'lane_paused', laneId: ctx.laneId } : { kind: 'server_error', code };
    case 'LANE_CAP_REACHED':
    case 'NUMBER_RANGE_EXHAUSTED':
      return ctx.laneId ? { kind: 'lane_cap_reached', laneId: ctx.laneId } : { kind: 'server_error', code };
    case 'RATE_LIMITED':
      return { kind: 'rate_limited' };
    case 'VIP_PROOF_INVALID':
      return { kind: 'vip_check_expired' };
    default:
      return { kind: 'server_error', code };
  }
}
