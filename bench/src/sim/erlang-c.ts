/**
 * Erlang C for the stationary M/M/c queue: the validation target of the simulator (P6).
 * Offered load a = λ/μ in erlangs; requires a < c.
 */
export function erlangC(c: number, a: number): number {
  if (!(a < c)) throw new RangeError(`unstable queue: load ${a} >= ${c} servers`);
  // Erlang B by its stable recursion, then C from B.
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  const rho = a / c;
  return b / (1 - rho * (1 - b));
}

/** Mean wait in queue (same unit as 1/μ) for M/M/c with arrival rate λ and service rate μ per server. */
export function erlangCMeanWait(c: number, lambda: number, mu: number): number {
  const a = lambda / mu;
  return erlangC(c, a) / (c * mu - lambda);
}

/**
 * Stationary number in system of M/M/c, sampled by inversion from a uniform u. Starting a
 * replication from this law removes the warm-up: every customer is measured in steady state.
 */
export function mmcStationaryCount(c: number, a: number, u: number): number {
  const rho = a / c;
  let term = 1;
  let head = 0;
  for (let k = 0; k < c; k++) {
    head += term;
    term = (term * a) / (k + 1);
  }
  // `term` is now a^c / c!; the tail k ≥ c is geometric with ratio rho.
  const total = head + term / (1 - rho);
  let target = u * total;
  let p = 1;
  for (let k = 0; k < c; k++) {
    if (target < p) return k;
    target -= p;
    p = (p * a) / (k + 1);
  }
  // Inside the geometric tail: P(N = c + j) ∝ term · rho^j.
  const j = Math.floor(Math.log1p(-Math.min(target / (term / (1 - rho)), 1 - 1e-16)) / Math.log(rho));
  return c + Math.max(0, j);
}
