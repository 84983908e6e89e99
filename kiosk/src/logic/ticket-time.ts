import { localTime } from '@lobby/shared';

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minuteOfDay: number) => `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;

/** HH:MM on the branch clock (the kiosk's or the customer's phone's own zone may differ). */
export function formatBranchClock(at: number, timeZone: string): string {
  return hhmm(localTime(at, timeZone).minuteOfDay);
}

/** Issue time as the branch clock shows it: YYYY-MM-DD HH:MM. */
export function formatBranchTime(at: number, timeZone: string): string {
  const { date, minuteOfDay } = localTime(at, timeZone);
  return `${date} ${hhmm(minuteOfDay)}`;
}
