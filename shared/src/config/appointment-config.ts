/**
 * Appointments (预约), tickets from the phone (手机取号) and reminders (到号提醒): the parts of
 * the branch configuration the admin sets for them. Every section has a default, so a
 * configuration saved before they existed still loads (as "switched off").
 */
import { z } from 'zod';
import { ClockTime, ConfigId, IsoWeekday } from './primitives.ts';

/** Bookable slots of one business type. */
export const BookableTypeSchema = z.object({
  businessTypeId: ConfigId,
  /** Length of one slot, minutes. */
  slotMin: z.number().int().min(5).max(240),
  /** Bookings one slot holds. */
  capacity: z.number().int().min(1).max(200),
  /** How many days ahead a slot may be booked (0 = today only). */
  daysAhead: z.number().int().min(0).max(90),
  /** Booking closes this many minutes before the slot starts. */
  cutoffMin: z.number().int().min(0).max(10_080),
  /**
   * ISO weekdays (1 = Monday) the type is bookable on, among the branch's working days; empty
   * = every working day. Holidays are never bookable; a 调休 make-up working day always is.
   */
  weekdays: z.array(IsoWeekday).max(7),
  /** First slot start and the end of the last slot (branch clock), inside opening hours. */
  from: ClockTime,
  to: ClockTime,
});

export const AppointmentsSchema = z.object({
  enabled: z.boolean(),
  /** Minutes of head start an on-time booked customer gets in the accumulated order. */
  headStartMin: z.number().min(0).max(120),
  /** Check-in counts as on time from this many minutes before the slot starts … */
  earlyToleranceMin: z.number().int().min(0).max(120),
  /** … until this many minutes after it; later arrivals become walk-ins. */
  lateToleranceMin: z.number().int().min(0).max(120),
  types: z.array(BookableTypeSchema).max(200),
});

export const RemoteQueueSchema = z.object({
  enabled: z.boolean(),
  /** Lanes a customer may queue for from the phone. */
  laneIds: z.array(ConfigId).max(26),
  /** Tickets one phone number may take from the phone per business date. */
  perPhonePerDay: z.number().int().min(1).max(10),
  /** Minutes a phone ticket may stay unactivated once it would have been called; then it lapses. */
  graceMin: z.number().int().min(1).max(60),
});

export const RemindersSchema = z.object({
  /** Remind when this many customers or fewer are ahead. */
  aheadCount: z.number().int().min(1).max(20),
  /** SMS reminders to customers who gave a phone number (booking or phone ticket). */
  sms: z.boolean(),
  /** Web Push reminders to phones that asked for them on the ticket page (needs HTTPS). */
  webPush: z.boolean(),
});

export type BookableType = z.infer<typeof BookableTypeSchema>;
export type AppointmentSettings = z.infer<typeof AppointmentsSchema>;
export type RemoteQueueSettings = z.infer<typeof RemoteQueueSchema>;
export type ReminderSettings = z.infer<typeof RemindersSchema>;

export const DEFAULT_APPOINTMENTS: AppointmentSettings = {
  enabled: false,
  headStartMin: 15,
  earlyToleranceMin: 15,
  lateToleranceMin: 10,
  types: [],
};
export const DEFAULT_REMOTE_QUEUE: RemoteQueueSettings = {
  enabled: false,
  laneIds: [],
  perPhonePerDay: 2,
  graceMin: 5,
};
export const DEFAULT_REMINDERS: ReminderSettings = { aheadCount: 3, sms: true, webPush: true };

interface Issue {
  path: (string | number)[];
  message: string;
}

/** Cross-references of these sections to lanes and business types (called by the branch config's refinement). */
export function appointmentConfigIssues(
  c: { appointments: AppointmentSettings; remoteQueue: RemoteQueueSettings },
  laneIds: ReadonlySet<string>,
  laneOfBusinessType: ReadonlyMap<string, string>,
  /** The VIP lane and lanes marked restricted: they take a VIP proof, which a public page cannot give. */
  isRestricted: (laneId: string) => boolean,
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  c.appointments.types.forEach((t, i) => {
    const path = ['appointments', 'types', i];
    const laneId = laneOfBusinessType.get(t.businessTypeId);
    if (laneId === undefined) issues.push({ path: [...path, 'businessTypeId'], message: 'unknown business type' });
    else if (isRestricted(laneId))
      issues.push({ path: [...path, 'businessTypeId'], message: `lane ${laneId} takes a VIP proof: not bookable` });
    if (seen.has(t.businessTypeId))
      issues.push({ path: [...path, 'businessTypeId'], message: `business type ${t.businessTypeId} listed twice` });
    seen.add(t.businessTypeId);
    if (t.to <= t.from) issues.push({ path: [...path, 'to'], message: 'must be after the first slot start' });
    if (new Set(t.weekdays).size !== t.weekdays.length)
      issues.push({ path: [...path, 'weekdays'], message: 'weekday listed twice' });
  });
  c.remoteQueue.laneIds.forEach((id, i) => {
    if (!laneIds.has(id)) issues.push({ path: ['remoteQueue', 'laneIds', i], message: 'unknown lane' });
    else if (isRestricted(id))
      issues.push({ path: ['remoteQueue', 'laneIds', i], message: `lane ${id} takes a VIP proof: not from the phone` });
  });
  if (new Set(c.remoteQueue.laneIds).size !== c.remoteQueue.laneIds.length)
    issues.push({ path: ['remoteQueue', 'laneIds'], message: 'lane listed twice' });
  return issues;
}
