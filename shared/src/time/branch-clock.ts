/**
 * Branch-local calendar arithmetic. Business dates and opening hours are in the branch's
 * time zone, whatever the server's own zone is.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since local midnight. */
  minuteOfDay: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/**
 * UTC offset per time zone, cached per UTC hour: the engine asks for local time on every
 * command and Intl formatting was its most expensive step (simulator profile). An hour
 * whose two ends have the same offset has no transition inside (zones change offset at most
 * once an hour), so local time inside it is plain arithmetic.
 */
const HOUR = 3_600_000;
const offsetByZone = new Map<string, { hour: number; offsetMs: number | null }>();

/** Offset of local time from UTC at the whole minute `t` (zones in use have whole-minute offsets). */
function offsetAt(t: number, timeZone: string): number {
  const lt = formatLocalTime(t, timeZone);
  const [y, m, d] = lt.date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 0, lt.minuteOfDay) - t;
}

export function localTime(now: number, timeZone: string): LocalTime {
  const hour = Math.floor(now / HOUR);
  let cached = offsetByZone.get(timeZone);
  if (!cached || cached.hour !== hour) {
    const a = offsetAt(hour * HOUR, timeZone);
    const b = offsetAt((hour + 1) * HOUR - 60_000, timeZone);
    cached = { hour, offsetMs: a === b ? a : null };
    offsetByZone.set(timeZone, cached);
  }
  if (cached.offsetMs === null) return formatLocalTime(now, timeZone);
  const local = new Date(now + cached.offsetMs);
  const day = local.getUTCDay();
  return {
    date: local.toISOString().slice(0, 10),
    minuteOfDay: local.getUTCHours() * 60 + local.getUTCMinutes(),
    isoWeekday: day === 0 ? 7 : day,
  };
}

function formatLocalTime(now: number, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(now))) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minuteOfDay: Number(parts.hour) * 60 + Number(parts.minute),
    isoWeekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 1,
  };
}

export function businessDateOf(now: number, timeZone: string): string {
  return localTime(now, timeZone).date;
}

/** "HH:MM" → minutes since midnight. */
export function clockToMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** ISO weekday of a YYYY-MM-DD date (calendar arithmetic, no time zone involved). */
export function isoWeekdayOfDate(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** YYYY-MM-DD plus n calendar days. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The instant at which the branch clock shows `date` `minuteOfDay` (a slot start, a cut-off).
 * Two rounds of "subtract the zone's offset" settle it, also next to a DST change.
 */
export function branchInstant(date: string, minuteOfDay: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 0, minuteOfDay);
  let t = wall;
  for (let i = 0; i < 2; i++) {
    const lt = localTime(t, timeZone);
    const [ly, lm, ld] = lt.date.split('-').map(Number);
    const shown = Date.UTC(ly ?? 1970, (lm ?? 1) - 1, ld ?? 1, 0, lt.minuteOfDay);
    t += wall - shown;
  }
  return t;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const hhmm = (minuteOfDay: number) => `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;

/** HH:MM on the branch clock (the kiosk's, the server's or the customer's phone's own zone may differ). */
export function formatBranchClock(at: number, timeZone: string): string {
  return hhmm(localTime(at, timeZone).minuteOfDay);
}

/** As the branch clock shows it: YYYY-MM-DD HH:MM. */
export function formatBranchTime(at: number, timeZone: string): string {
  const { date, minuteOfDay } = localTime(at, timeZone);
  return `${date} ${hhmm(minuteOfDay)}`;
}

/** The patterns staff screens show; each is read on the branch clock, never the browser's zone. */
export type BranchTimePattern = 'HH:mm' | 'HH:mm:ss' | 'YYYY-MM-DD' | 'YYYY-MM-DD HH:mm' | 'YYYY-MM-DD HH:mm:ss';

/**
 * `at` as the branch clock shows it. A tablet or PC set to another zone (or to UTC, as many
 * are out of the box) would otherwise show 02:33 for a 10:33 call.
 */
export function formatBranch(at: number, timeZone: string, pattern: BranchTimePattern): string {
  const { date, minuteOfDay } = localTime(at, timeZone);
  // Zones in use have whole-minute offsets, so the second is the instant's own.
  const second = pad2(Math.floor((((at % 60_000) + 60_000) % 60_000) / 1000));
  switch (pattern) {
    case 'HH:mm':
      return hhmm(minuteOfDay);
    case 'HH:mm:ss':
      return `${hhmm(minuteOfDay)}:${second}`;
    case 'YYYY-MM-DD':
      return date;
    case 'YYYY-MM-DD HH:mm':
      return `${date} ${hhmm(minuteOfDay)}`;
    case 'YYYY-MM-DD HH:mm:ss':
      return `${date} ${hhmm(minuteOfDay)}:${second}`;
  }
}
