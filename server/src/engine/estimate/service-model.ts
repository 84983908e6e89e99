import type { EngineState } from '../types.ts';
import { MIN_LOGGED_SERVICE_MIN, type LaneServiceHistory } from './arrival-profile.ts';

/**
 * What a lane's counter time looks like, learned from today's departures: the call →
 * departure time of served customers as a lognormal — its mean from the EWMA of the times,
 * its spread from the EWMA variance of their logarithms (a sample variance of heavy-tailed
 * times themselves comes out far too low on a few dozen departures) — and the no-show
 * share with the time a no-show costs.
 * The prior is the lane's counter times over the branch's recent days (the profile), worth
 * `history.weight` of today's departures (at most as many as it measured): a business lane
 * sees ten customers an hour, and a mean learned from today alone is off by a quarter. A lane with no history starts
 * from its configured service times and a CV of 1 (bank data show 1–1.5), worth a few
 * departures, so the first figures are not noise.
 */
const MINUTE = 60_000;
/** Pseudo-departures the configured figures are worth. */
const PRIOR_DEPARTURES = 3;
/** Fewer measured customers than this and the history is not used. */
const MIN_HISTORY = 10;
const PRIOR_CV = 1;
/** Pseudo-calls behind the prior no-show share. */
const PRIOR_CALLS = 10;
const PRIOR_NO_SHOW = 0.03;

export interface LaneServiceModel {
  /** Mean call → departure of a served customer, minutes. */
  meanMin: number;
  cv: number;
  /** Lognormal parameters of that time (minutes). */
  mu: number;
  sigma: number;
  /** Effective number of observations behind the mean (prior included): its relative error is ≈ cv ÷ √n. */
  effectiveN: number;
  noShowProb: number;
  /** Counter time a no-show costs (the recall grace), minutes. */
  noShowMin: number;
}

/** Mean configured service time of a lane's enabled business types, minutes. */
export function configuredServiceMin(state: EngineState, laneId: string): number {
  const types = state.config.businessTypes.filter((b) => b.laneId === laneId && b.enabled);
  if (types.length === 0) return 5;
  return types.reduce((s, b) => s + b.targetServiceMin, 0) / types.length;
}

interface Acc {
  w: number;
  w2: number;
  sum: number;
  logSum: number;
  logSq: number;
  calls: number;
  noShows: number;
  noShowSum: number;
  noShowW: number;
}

export function laneServiceModels(
  state: EngineState,
  now: number,
  history: { lanes: Readonly<Record<string, LaneServiceHistory>>; weight: number } = { lanes: {}, weight: 0 },
): Map<string, LaneServiceModel> {
  const halfLife = state.config.policy.estimateHalfLifeMin * MINUTE;
  const acc = new Map<string, Acc>();
  for (const t of state.tickets.values()) {
    const calledAt = t.firstCalledAt ?? t.calledAt;
    if ((t.status !== 'done' && t.status !== 'no_show') || t.finishedAt === null || calledAt === null) continue;
    const w = Math.pow(0.5, Math.max(0, now - t.finishedAt) / halfLife);
    const d = Math.max(0, t.finishedAt - calledAt) / MINUTE;
    let a = acc.get(t.laneId);
    if (!a) {
      a = { w: 0, w2: 0, sum: 0, logSum: 0, logSq: 0, calls: 0, noShows: 0, noShowSum: 0, noShowW: 0 };
      acc.set(t.laneId, a);
    }
    a.calls += w;
    if (t.status === 'no_show') {
      a.noShows += w;
      a.noShowSum += w * d;
      a.noShowW += w;
      continue;
    }
    a.w += w;
    a.w2 += w * w;
    a.sum += w * d;
    const ln = Math.log(Math.max(d, MIN_LOGGED_SERVICE_MIN));
    a.logSum += w * ln;
    a.logSq += w * ln * ln;
  }
  const graceMin = state.config.policy.noShowGraceSec / 60;
  const out = new Map<string, LaneServiceModel>();
  for (const lane of state.config.lanes) {
    const a = acc.get(lane.id);
    const past = history.lanes[lane.id];
    const known = past !== undefined && past.n >= MIN_HISTORY && history.weight > 0;
    const m0 = known ? past.meanMin : configuredServiceMin(state, lane.id);
    const n0 = known ? Math.min(past.n, history.weight) : PRIOR_DEPARTURES;
    const priorSigma2 = known ? past.logVar : Math.log(1 + PRIOR_CV * PRIOR_CV);
    const w = a?.w ?? 0;
    const meanMin = Math.max(0.1, (n0 * m0 + (a?.sum ?? 0)) / (n0 + w));
    // Log-scale variance about the log mean, with the prior's σ² worth n0 departures.
    const logMean = a && w > 0 ? a.logSum / w : 0;
    const logVar = a && w > 0 ? Math.max(0, a.logSq / w - logMean * logMean) : 0;
    const sigma2 = Math.min(Math.log(10), Math.max(0.01, (n0 * priorSigma2 + w * logVar) / (n0 + w)));
    const cv = Math.sqrt(Math.exp(sigma2) - 1);
    const effectiveN = n0 + (a && a.w2 > 0 ? (a.w * a.w) / a.w2 : 0);
    out.set(lane.id, {
      meanMin,
      cv,
      mu: Math.log(meanMin) - sigma2 / 2,
      sigma: Math.sqrt(sigma2),
      effectiveN,
      noShowProb: (PRIOR_CALLS * PRIOR_NO_SHOW + (a?.noShows ?? 0)) / (PRIOR_CALLS + (a?.calls ?? 0)),
      noShowMin: a && a.noShowW > 0 ? a.noShowSum / a.noShowW : graceMin,
    });
  }
  return out;
}
