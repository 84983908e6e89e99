/**
 * The branch configuration (docs/domain.md §3). Everything here is editable by the admin and
 * applied live; env vars only cover start-up (PORT, DATA_DIR).
 */
import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';
import { LocalizedTextSchema } from '../text/localized.ts';
import { ClockTime, ConfigId, IsoDate, IsoWeekday } from './primitives.ts';
import {
  appointmentConfigIssues,
  AppointmentsSchema,
  DEFAULT_APPOINTMENTS,
  DEFAULT_REMINDERS,
  DEFAULT_REMOTE_QUEUE,
  RemindersSchema,
  RemoteQueueSchema,
} from './appointment-config.ts';

const Id = ConfigId;

export const ZoneSchema = z.object({
  id: Id,
  kind: z.enum(['hard', 'soft']),
  name: LocalizedTextSchema,
});

export const LANE_KINDS = ['personal', 'business', 'vip', 'fast'] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const LaneSchema = z.object({
  id: Id,
  prefix: z.string().regex(/^[A-Z]{1,2}$/, 'one or two capital letters'),
  kind: z.enum(LANE_KINDS),
  zoneId: Id,
  name: LocalizedTextSchema,
  rangeStart: z.number().int().min(0).max(9998),
  rangeEnd: z.number().int().min(1).max(9999),
  /** Tickets per business date; issue is refused beyond it. */
  dailyCap: z.number().int().min(1).max(9999),
  targetWaitMin: z.number().min(1).max(240),
  /** Past this wait a ticket jumps ahead of accumulated priority (§5 rule 1). */
  maxWaitMin: z.number().min(1).max(480),
  /** Accumulated-priority weight: waited minutes × weight. */
  weight: z.number().min(0.1).max(20),
  /**
   * Only a staff issuer (lobby) or a kiosk with a verified VIP lookup may issue here. The
   * VIP lane (vipLaneId) always is. Absent in configs saved before it existed.
   */
  restricted: z.boolean().optional(),
});

export const BusinessTypeSchema = z.object({
  id: Id,
  laneId: Id,
  name: LocalizedTextSchema,
  materials: z.array(LocalizedTextSchema).max(20),
  /**
   * Positions in `materials` of what the kiosk's VIP check proves (the VIP card or ID whose
   * number the customer has just entered): after a recognised check the kiosk does not ask
   * for them again. Absent: every material is listed.
   */
  metByVipCheck: z.array(z.number().int().min(0).max(19)).max(20).optional(),
  targetServiceMin: z.number().min(0.5).max(240),
  enabled: z.boolean(),
});

export const CounterConfigSchema = z.object({
  id: Id,
  number: z.number().int().min(1).max(999),
  name: LocalizedTextSchema,
  zoneId: Id,
  /** Ordered: the first lane is the counter's primary lane, the rest are fallbacks (弹性窗口). */
  laneIds: z.array(Id).min(1).max(10),
  /**
   * The counter's staffed hours on a working day (the lunch rota, shift ends), branch
   * local time, in order and not overlapping. The wait forecast counts a counter only while
   * it is planned to be staffed, and one due to open from its start. Absent or empty: no
   * plan, so an open counter is taken to stay open and a closed one to stay closed.
   */
  shifts: z
    .array(z.object({ start: ClockTime, end: ClockTime }))
    .max(8)
    .optional(),
});

export const VipRoomSchema = z.object({ id: Id, name: LocalizedTextSchema });

export const PriorityGroupSchema = z.object({
  id: Id,
  name: LocalizedTextSchema,
  /** Minutes of head start in the accumulated-priority order. */
  headStartMin: z.number().min(0).max(120),
});

export const VipTierSchema = z.object({
  id: Id,
  name: LocalizedTextSchema,
  headStartMin: z.number().min(0).max(120),
});

/** An admin's exception to the official calendar: an extra closed day or an extra open day, and why. */
export const CalendarOverrideSchema = z.object({
  date: IsoDate,
  open: z.boolean(),
  note: safeText({ max: 60 }),
});
export type CalendarOverride = z.infer<typeof CalendarOverrideSchema>;

/**
 * Configs saved before the official calendar listed typed-in holidays and 调休 days; they come
 * back as the admin's overrides (a date in both lists stays open, as it did).
 */
function calendarOverridesFromTypedDates(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || 'calendarOverrides' in raw) return raw;
  const { holidays, extraWorkdays, ...rest } = raw as { holidays?: unknown; extraWorkdays?: unknown };
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((d): d is string => typeof d === 'string') : []);
  const open = list(extraWorkdays);
  const overrides = [
    ...list(holidays)
      .filter((d) => !open.includes(d))
      .map((date) => ({ date, open: false, note: '' })),
    ...open.map((date) => ({ date, open: true, note: '' })),
  ];
  return { ...rest, calendarOverrides: overrides };
}

export const BusinessHoursObjectSchema = z.object({
  timeZone: z.string().min(1).max(60),
  open: ClockTime,
  close: ClockTime,
  /** Last time a ticket may be issued. */
  lastTicket: ClockTime,
  lunch: z.object({ start: ClockTime, end: ClockTime }).nullable(),
  /** ISO weekdays the branch opens (1 = Monday … 7 = Sunday). */
  weekdays: z.array(IsoWeekday).max(7),
  /**
   * Exceptions to the official holiday and 调休 schedule (branch-calendar.ts), one per date.
   * Public holidays themselves are not typed in: they come from the chinese-days package.
   */
  calendarOverrides: z
    .array(CalendarOverrideSchema)
    .max(400)
    .refine((list) => new Set(list.map((o) => o.date)).size === list.length, 'one override per date'),
  /** When the day close runs automatically. */
  dayCloseAt: ClockTime,
});

export const BusinessHoursSchema = z.preprocess(calendarOverridesFromTypedDates, BusinessHoursObjectSchema);

export const PolicySchema = z.object({
  /** Minutes of head start for a ticket in the counter's primary lane. */
  primaryLaneBonusMin: z.number().min(0).max(120),
  /** Minutes of handicap per fallback position in the counter's lane list. */
  fallbackPenaltyMin: z.number().min(0).max(120),
  recallLimit: z.number().int().min(0).max(10),
  /** After the last allowed recall, seconds before the ticket is auto-marked no-show. */
  noShowGraceSec: z.number().int().min(10).max(1800),
  /**
   * A teller may mark 过号 only this long after the (last) call: the customer needs time to
   * walk to the counter (a wheelchair takes a while). Absent in configs saved before it existed.
   */
  noShowMinSec: z.number().int().min(0).max(600).default(30),
  /** Lobby alert: called but not started after this many seconds. */
  calledNotArrivedSec: z.number().int().min(10).max(1800),
  /** Lobby alert: counter idle while its lanes wait, after this many seconds. */
  idleCounterAlertSec: z.number().int().min(5).max(1800),
  /** Half-life of the departure-rate EWMA behind estimates. */
  estimateHalfLifeMin: z.number().min(1).max(240),
  /**
   * Max-wait guard: past its lane's max wait a ticket gains this share × (heaviest lane weight
   * − its own) × overdue² / max wait, in minutes of standing. Absent in configs saved before it existed.
   */
  overdueCatchUp: z.number().min(0).max(4).default(0.25),
});

export const VoiceSchema = z.object({
  enabled: z.boolean(),
  repeat: z.number().int().min(1).max(5),
  volume: z.number().min(0).max(1),
  rate: z.number().min(0.5).max(2),
  chime: z.boolean(),
});

/** A reason from a short list the branch keeps (finishing partially / not at all, a low rating). */
export const ReasonOptionSchema = z.object({ id: Id, name: LocalizedTextSchema });

const reason = (id: string, zh: string, en: string) => ({ id, name: { zh, en } });

/** Why a service ended partially or not at all; a branch saved before the list existed gets these. */
export const DEFAULT_FINISH_REASONS = [
  reason('documents', '材料不全', 'Documents incomplete'),
  reason('declined', '客户放弃办理', 'Customer declined'),
  reason('appointment', '需预约或改日办理', 'Needs an appointment or another day'),
  reason('authority', '超出本窗口权限，需转办', "Beyond this counter's authority"),
  reason('system', '系统故障', 'System fault'),
];

/** Why a customer rated 非常不满意 / 不满意 (optional to pick on the evaluator); a branch saved before the list existed gets these. */
export const DEFAULT_RATING_REASONS = [
  reason('wait', '等候时间太长', 'Waited too long'),
  reason('slow', '办理速度慢', 'Service too slow'),
  reason('attitude', '服务态度不好', 'Unfriendly service'),
  reason('explain', '业务解释不清楚', 'Unclear explanation'),
  reason('errand', '需要多次跑腿', 'Had to come back or go elsewhere'),
];

export const NoticeSchema = z.object({ id: Id, text: LocalizedTextSchema, enabled: z.boolean() });

export const SelfServiceSpotSchema = z.object({
  id: Id,
  name: LocalizedTextSchema,
  /** Where it stands in the hall, and what it can do. */
  location: LocalizedTextSchema,
  services: z.array(LocalizedTextSchema).max(20),
});

export const KpiWeightsSchema = z
  .object({
    efficiency: z.number().min(0).max(1),
    quality: z.number().min(0).max(1),
    satisfaction: z.number().min(0).max(0.4),
  })
  .refine((w) => Math.abs(w.efficiency + w.quality + w.satisfaction - 1) < 1e-6, 'weights must add up to 1');

export const ComplaintClockSchema = z.object({
  firstResponseDays: z.number().int().min(1).max(60),
  handlingDays: z.number().int().min(1).max(120),
  writtenResultDays: z.number().int().min(1).max(60),
});

const MobileBaseUrl = z
  .string()
  .trim()
  .max(200)
  .refine((v) => v === '' || isHttpUrl(v), 'must be an http:// or https:// address, or empty');

function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.search === '' && u.hash === '';
  } catch {
    return false;
  }
}

/** The mobile ticket page's URL for a ticket path ('/t/<token>'), under the configured base (which may carry a path prefix). */
export function mobileTicketUrl(mobilePath: string, mobileBaseUrl: string | undefined, kioskOrigin: string): string {
  const base = mobileBaseUrl && mobileBaseUrl !== '' ? mobileBaseUrl : kioskOrigin;
  return `${base.replace(/\/+$/, '')}${mobilePath}`;
}

/**
 * A host only the machine itself can open: loopback names and addresses, the unspecified
 * address. A phone that scans a QR code under such a host reaches nothing.
 */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(h) ||
    h === '0.0.0.0' ||
    h === '::1' ||
    h === '::' ||
    /^::ffff:(127\.|7f)/.test(h)
  );
}

/**
 * The base under which a ticket's QR code sends phones to the mobile page: the branch's public
 * mobile address when set, else the kiosk page's own origin. Null when that base is not an
 * http(s) address or points at loopback: no phone could open it, so no QR is printed.
 */
export function ticketQrBase(mobileBaseUrl: string | undefined, kioskOrigin: string): string | null {
  const base = mobileBaseUrl && mobileBaseUrl !== '' ? mobileBaseUrl : kioskOrigin;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return isLoopbackHost(url.hostname) ? null : base;
}

export const BranchConfigSchema = z
  .object({
    version: z.number().int().min(1),
    branch: z.object({
      id: Id,
      name: LocalizedTextSchema,
      hotline: safeText({ max: 40 }),
      address: LocalizedTextSchema,
      /**
       * Where customers' phones open the mobile ticket page (a public address the bank
       * publishes, e.g. through its gateway). Empty: the address the kiosk itself uses,
       * which phones on the branch Wi-Fi can reach. Absent in configs saved before it existed.
       */
      mobileBaseUrl: MobileBaseUrl.optional(),
    }),
    zones: z.array(ZoneSchema).min(1).max(10),
    lanes: z.array(LaneSchema).min(1).max(26),
    businessTypes: z.array(BusinessTypeSchema).min(1).max(200),
    counters: z.array(CounterConfigSchema).min(1).max(99),
    vipRooms: z.array(VipRoomSchema).max(20),
    hours: BusinessHoursSchema,
    priorityGroups: z.array(PriorityGroupSchema).max(20),
    vipTiers: z.array(VipTierSchema).max(10),
    /** Lane that VIP-recognised customers are issued into. */
    vipLaneId: Id.nullable(),
    policy: PolicySchema,
    voice: VoiceSchema,
    notices: z.array(NoticeSchema).max(50),
    /** How long a hall message (大厅广播) stays on the display unless the lobby says otherwise. */
    hallMessageMin: z.number().int().min(1).max(480).default(10),
    /** Offered when a teller finishes 部分办结 / 未办理 (plus free text). */
    finishReasons: z.array(ReasonOptionSchema).max(30).default(DEFAULT_FINISH_REASONS),
    /** Offered on the evaluator after a 1 or 2 (非常不满意 / 不满意); picking one is optional. */
    ratingReasons: z.array(ReasonOptionSchema).max(12).default(DEFAULT_RATING_REASONS),
    selfService: z.array(SelfServiceSpotSchema).max(30),
    kpiWeights: KpiWeightsSchema,
    complaintClock: ComplaintClockSchema,
    retentionDays: z.number().int().min(1).max(3650),
    /** Bookable slots and the on-time priority (absent in configs saved before appointments existed). */
    appointments: AppointmentsSchema.default(DEFAULT_APPOINTMENTS),
    /** Tickets taken on the phone. */
    remoteQueue: RemoteQueueSchema.default(DEFAULT_REMOTE_QUEUE),
    /** Reminders before the turn. */
    reminders: RemindersSchema.default(DEFAULT_REMINDERS),
  })
  .superRefine((c, ctx) => {
    const uniq = (ids: string[], path: string) => {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [path], message: `duplicate id ${id}` });
        seen.add(id);
      }
    };
    uniq(
      c.zones.map((z) => z.id),
      'zones',
    );
    uniq(
      c.lanes.map((l) => l.id),
      'lanes',
    );
    uniq(
      c.lanes.map((l) => l.prefix),
      'lanes',
    );
    uniq(
      c.businessTypes.map((b) => b.id),
      'businessTypes',
    );
    uniq(
      c.counters.map((k) => k.id),
      'counters',
    );
    uniq(
      c.counters.map((k) => String(k.number)),
      'counters',
    );
    uniq(
      c.vipRooms.map((r) => r.id),
      'vipRooms',
    );
    uniq(
      c.finishReasons.map((r) => r.id),
      'finishReasons',
    );
    uniq(
      c.ratingReasons.map((r) => r.id),
      'ratingReasons',
    );
    const zones = new Set(c.zones.map((z) => z.id));
    const lanes = new Set(c.lanes.map((l) => l.id));
    c.lanes.forEach((l, i) => {
      if (!zones.has(l.zoneId)) ctx.addIssue({ code: 'custom', path: ['lanes', i, 'zoneId'], message: 'unknown zone' });
      if (l.rangeEnd <= l.rangeStart)
        ctx.addIssue({ code: 'custom', path: ['lanes', i, 'rangeEnd'], message: 'range end must exceed start' });
      if (l.maxWaitMin < l.targetWaitMin)
        ctx.addIssue({ code: 'custom', path: ['lanes', i, 'maxWaitMin'], message: 'max wait below target' });
    });
    c.businessTypes.forEach((b, i) => {
      if (!lanes.has(b.laneId))
        ctx.addIssue({ code: 'custom', path: ['businessTypes', i, 'laneId'], message: 'unknown lane' });
      (b.metByVipCheck ?? []).forEach((m, j) => {
        if (m >= b.materials.length)
          ctx.addIssue({
            code: 'custom',
            path: ['businessTypes', i, 'metByVipCheck', j],
            message: 'no such material',
          });
      });
    });
    c.counters.forEach((k, i) => {
      if (!zones.has(k.zoneId))
        ctx.addIssue({ code: 'custom', path: ['counters', i, 'zoneId'], message: 'unknown zone' });
      k.laneIds.forEach((id, j) => {
        if (!lanes.has(id))
          ctx.addIssue({ code: 'custom', path: ['counters', i, 'laneIds', j], message: 'unknown lane' });
      });
      if (new Set(k.laneIds).size !== k.laneIds.length)
        ctx.addIssue({ code: 'custom', path: ['counters', i, 'laneIds'], message: 'lane listed twice' });
      (k.shifts ?? []).forEach((s, j, all) => {
        if (s.end <= s.start)
          ctx.addIssue({
            code: 'custom',
            path: ['counters', i, 'shifts', j, 'end'],
            message: 'shift ends before it starts',
          });
        const prev = all[j - 1];
        if (prev && s.start < prev.end)
          ctx.addIssue({
            code: 'custom',
            path: ['counters', i, 'shifts', j, 'start'],
            message: 'shifts overlap or are out of order',
          });
      });
    });
    if (c.vipLaneId !== null && !lanes.has(c.vipLaneId))
      ctx.addIssue({ code: 'custom', path: ['vipLaneId'], message: 'unknown lane' });
    const laneOfBusinessType = new Map(c.businessTypes.map((b) => [b.id, b.laneId]));
    for (const issue of appointmentConfigIssues(c, lanes, laneOfBusinessType, (id) => isRestrictedLane(c, id)))
      ctx.addIssue({ code: 'custom', ...issue });
  });

export type BranchConfig = z.infer<typeof BranchConfigSchema>;

/** Lanes a kiosk may issue into only with a VIP proof: the VIP lane and every lane marked restricted. */
export function isRestrictedLane(config: Pick<BranchConfig, 'lanes' | 'vipLaneId'>, laneId: string): boolean {
  return laneId === config.vipLaneId || config.lanes.some((l) => l.id === laneId && l.restricted === true);
}
export type Zone = z.infer<typeof ZoneSchema>;
export type Lane = z.infer<typeof LaneSchema>;
export type BusinessType = z.infer<typeof BusinessTypeSchema>;
export type CounterConfig = z.infer<typeof CounterConfigSchema>;
export type CounterShift = NonNullable<CounterConfig['shifts']>[number];
export type VipRoom = z.infer<typeof VipRoomSchema>;
export type PriorityGroup = z.infer<typeof PriorityGroupSchema>;
export type VipTier = z.infer<typeof VipTierSchema>;
export type BusinessHours = z.infer<typeof BusinessHoursSchema>;
export type Policy = z.infer<typeof PolicySchema>;
export type VoiceSettings = z.infer<typeof VoiceSchema>;
export type Notice = z.infer<typeof NoticeSchema>;
export type ReasonOption = z.infer<typeof ReasonOptionSchema>;
export type SelfServiceSpot = z.infer<typeof SelfServiceSpotSchema>;

/**
 * A configuration read back from storage (engine state, a backup): sections added since it
 * was saved get their defaults. It was valid when saved; should today's rules refuse it,
 * it is kept as it was, with only the missing sections filled in, so the branch still starts.
 */
export function storedBranchConfig(raw: BranchConfig): BranchConfig {
  const parsed = BranchConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const partial = raw as Partial<BranchConfig> & BranchConfig;
  return {
    ...partial,
    policy: {
      ...partial.policy,
      noShowMinSec: partial.policy.noShowMinSec ?? 30,
      overdueCatchUp: partial.policy.overdueCatchUp ?? 0.25,
    },
    hallMessageMin: partial.hallMessageMin ?? 10,
    appointments: partial.appointments ?? DEFAULT_APPOINTMENTS,
    remoteQueue: partial.remoteQueue ?? DEFAULT_REMOTE_QUEUE,
    reminders: partial.reminders ?? DEFAULT_REMINDERS,
  };
}
