/**
 * Benches and load tests run at any hour, but a branch refuses tickets outside its hours
 * (the demo branch stops issuing at 23:50 and closes the day at 23:55, Shanghai time).
 * They run the server's clock shifted to a weekday morning, moving in real time from the
 * moment this module loaded; the same offset across restarts keeps the clock monotonic.
 */
const WEEKDAY_MORNING = Date.parse('2026-11-24T10:00:00+08:00');

export const BUSINESS_CLOCK_OFFSET_MS = WEEKDAY_MORNING - Date.now();

export const businessClock = (): number => Date.now() + BUSINESS_CLOCK_OFFSET_MS;
