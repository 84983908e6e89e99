import { localTime, type CounterConfig } from '@lobby/shared';
import type { CounterRuntime, EngineState } from '../types.ts';

/**
 * When each counter will be calling, from now on, in minutes from now: the counter as it
 * is (open, busy or idle) and its planned shifts (config `counters[].shifts`: the lunch
 * rota, shift ends, counters due to open). A counter open now works to the end of the
 * shift it is in; one past its shift end finishes its customer and leaves; a closed
 * counter starts at its next shift. The day's last shift (one that ends at the branch's
 * close) lasts until everyone is served, as tellers do. No plan: a counter open and
 * online stays so, the others stay out (the figures of old).
 */
const MINUTE = 60_000;
/** A closed counter this late into its planned shift is not expected back before its next one. */
const LATE_START_MIN = 10;

export interface CounterWindows {
  counter: CounterRuntime;
  /** Working windows [from, to), minutes from now, in order; the first may start at 0. */
  windows: { from: number; to: number }[];
  /** Open now with a customer at the counter: that customer's ticket id. */
  currentTicketId: string | null;
}

function clockMin(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function planned(cfg: CounterConfig | undefined, closeMin: number, nowMod: number): { from: number; to: number }[] {
  return (cfg?.shifts ?? []).map((s) => {
    const end = clockMin(s.end);
    return { from: clockMin(s.start) - nowMod, to: end >= closeMin ? Infinity : end - nowMod };
  });
}

export function counterWindows(state: EngineState, now: number): CounterWindows[] {
  const { config } = state;
  const lt = localTime(now, config.hours.timeZone);
  const nowMod = lt.minuteOfDay + (now % MINUTE) / MINUTE;
  const closeMin = clockMin(config.hours.close);
  const out: CounterWindows[] = [];
  for (const counter of state.counters.values()) {
    const cfg = config.counters.find((c) => c.id === counter.id);
    if (!cfg) continue;
    const working = counter.status === 'open' && counter.online;
    const plan = planned(cfg, closeMin, nowMod);
    let windows: { from: number; to: number }[];
    if (plan.length === 0) {
      windows = working ? [{ from: 0, to: Infinity }] : [];
    } else if (working) {
      const inShift = plan.findIndex((w) => w.from <= 0 && w.to > 0);
      const future = plan.filter((w) => w.from > 0);
      if (inShift >= 0) windows = [{ from: 0, to: plan[inShift]!.to }, ...future];
      else if (plan.some((w) => w.to <= 0))
        // Past a shift end: the customer at the counter is finished, then the break.
        windows = [{ from: 0, to: 0 }, ...future];
      else windows = [{ from: 0, to: future[0]?.to ?? Infinity }, ...future.slice(1)];
    } else {
      windows = plan.filter((w) => w.to > 0 && (w.from > 0 || w.from > -LATE_START_MIN));
      windows = windows.map((w) => ({ from: Math.max(0, w.from), to: w.to }));
    }
    if (windows.length === 0) continue;
    out.push({ counter, windows, currentTicketId: working ? counter.currentTicketId : null });
  }
  return out;
}
