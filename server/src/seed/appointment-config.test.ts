import { describe, expect, it } from 'vitest';
import { demoBranchConfig } from './demo-config.ts';
import {
  BranchConfigSchema,
  DEFAULT_APPOINTMENTS,
  DEFAULT_REMINDERS,
  DEFAULT_REMOTE_QUEUE,
  storedBranchConfig,
  type BranchConfig,
} from '@lobby/shared';

/** A configuration saved before appointments existed, as it sits in an old database. */
function savedBeforeAppointments(): BranchConfig {
  const { appointments: _a, remoteQueue: _r, reminders: _m, ...old } = demoBranchConfig();
  return old as BranchConfig;
}

describe('appointment sections of the branch config', () => {
  it('an old config loads with the sections switched off', () => {
    const parsed = BranchConfigSchema.parse(savedBeforeAppointments());
    expect(parsed.appointments).toEqual(DEFAULT_APPOINTMENTS);
    expect(parsed.remoteQueue).toEqual(DEFAULT_REMOTE_QUEUE);
    expect(parsed.reminders).toEqual({ ...DEFAULT_REMINDERS, aheadCount: 3 });
    expect(storedBranchConfig(savedBeforeAppointments()).appointments.enabled).toBe(false);
  });

  it('a stored config today’s rules refuse still gets the new sections, and nothing else changes', () => {
    const old = { ...savedBeforeAppointments(), retentionDays: 0 };
    const restored = storedBranchConfig(old);
    expect(restored.retentionDays).toBe(0);
    expect(restored.remoteQueue).toEqual(DEFAULT_REMOTE_QUEUE);
  });

  it('refuses unknown business types and lanes, duplicates and empty slot windows', () => {
    const c = demoBranchConfig();
    c.appointments.types.push({ ...c.appointments.types[0]!, from: '12:00', to: '11:00' });
    c.appointments.types.push({ ...c.appointments.types[0]!, businessTypeId: 'nope' });
    c.remoteQueue.laneIds.push('Z');
    const result = BranchConfigSchema.safeParse(c);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'appointments.types.4.businessTypeId: business type large-cash listed twice',
        'appointments.types.4.to: must be after the first slot start',
        'appointments.types.5.businessTypeId: unknown business type',
        'remoteQueue.laneIds.2: unknown lane',
      ]),
    );
  });

  it('refuses booking or phone tickets into a lane that takes a VIP proof (the VIP lane, restricted lanes)', () => {
    const c = demoBranchConfig();
    const vipType = c.businessTypes.find((b) => b.laneId === c.vipLaneId)!;
    c.appointments.types.push({ ...c.appointments.types[0]!, businessTypeId: vipType.id });
    c.remoteQueue.laneIds.push(c.vipLaneId!);
    c.lanes.find((l) => l.id === 'B')!.restricted = true;
    const result = BranchConfigSchema.safeParse(c);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    const last = c.appointments.types.length - 1;
    expect(paths).toEqual(
      expect.arrayContaining([
        `appointments.types.${last}.businessTypeId: lane ${c.vipLaneId} takes a VIP proof: not bookable`,
        'remoteQueue.laneIds.1: lane B takes a VIP proof: not from the phone',
        `remoteQueue.laneIds.2: lane ${c.vipLaneId} takes a VIP proof: not from the phone`,
      ]),
    );
  });

  it('the demo branch books and queues from the phone', () => {
    const c = BranchConfigSchema.parse(demoBranchConfig());
    expect(c.appointments.enabled).toBe(true);
    expect(c.remoteQueue.laneIds).toEqual(['A', 'B']);
  });
});
