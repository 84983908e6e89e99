import { localTime } from '@lobby/shared';

/** Issue time as the branch clock shows it (the kiosk's own zone may differ): YYYY-MM-DD HH:MM. */
export function formatBranchTime(at: number, timeZone: string): string {
  const { date, minuteOfDay } = localTime(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date} ${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}
