import type { EstimatesView } from '@lobby/shared';
import type { ArrivalProfile } from '../engine/estimate/arrival-profile.ts';
import type { Forecast } from '../engine/index.ts';

/** The latest wait forecast, as every feature reads it (features/estimates keeps it fresh). */
export interface ForecastSource {
  /** The latest forecast of today's business date, or null. */
  current(): Forecast | null;
  /** Its public view (null before the first). */
  view(): EstimatesView | null;
  /** The arrival profile in use (of the days before today's business date). */
  arrivalProfile(): ArrivalProfile | null;
  /** A lane's range spread now: the calibration that keeps 80 % of waits inside the printed range. */
  rangeSpread(laneId: string): number;
}
