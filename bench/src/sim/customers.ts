import { thinnedArrivals } from './arrivals.ts';
import { sampleDayMultiplier, sampleService } from './distributions.ts';
import { mmcStationaryCount } from './erlang-c.ts';
import { streamFor } from './rng.ts';
import { isBookableLane, type Scenario } from './scenario.ts';

/**
 * Everything random about one replication, drawn before the engine runs. Each customer
 * carries their own lane, service time and no-show draw, so every policy meets exactly
 * the same customers (common random numbers), whatever order it calls them in.
 */
export interface Customer {
  index: number;
  arrivalMin: number;
  laneId: string;
  serviceMin: number;
  /** Does not come when called. */
  noShow: boolean;
  /** Already in the hall when the simulation starts (stationary runs): served, never measured. */
  preloaded: boolean;
  /** Booked and checks in on time (personal and business lanes, `bookedShare` of them). */
  booked: boolean;
}

export interface DayDraw {
  replication: number;
  multiplier: number;
  customers: Customer[];
}

export function drawDay(scenario: Scenario, seed: number, replication: number): DayDraw {
  const dayRng = streamFor(seed, replication, 'day');
  const multiplier = sampleDayMultiplier(dayRng, scenario.dayCv);
  const times = thinnedArrivals(streamFor(seed, replication, 'arrivals'), scenario.arrivals, multiplier);
  const rng = streamFor(seed, replication, 'customers');
  // Its own stream, drawn for everyone: a booked share changes who booked, not anyone's lane or service.
  const bookings = streamFor(seed, replication, 'bookings');
  const bookedShare = scenario.bookedShare ?? 0;
  const shares = scenario.lanes.map((l) => l.share);
  const start = scenario.stationaryStart;
  const preloaded = start ? mmcStationaryCount(start.servers, start.offeredLoad, dayRng.uniform()) : 0;
  const all = [...Array.from({ length: preloaded }, () => 0), ...times];
  const customers = all.map((arrivalMin, index): Customer => {
    const lane = scenario.lanes[rng.pick(shares)]!;
    const serviceMin = sampleService(rng, lane.service);
    // Always draw, so the no-show rate can change without shifting anyone's service time.
    const noShow = rng.uniform() < scenario.noShowProb;
    const booked = bookings.uniform() < bookedShare && isBookableLane(lane.kind) && index >= preloaded;
    return { index, arrivalMin, laneId: lane.id, serviceMin, noShow, preloaded: index < preloaded, booked };
  });
  return { replication, multiplier, customers };
}
