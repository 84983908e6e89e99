import { armRatios } from '../sim/arm-stats.ts';
import type { PolicyArm } from '../sim/experiment.ts';
import { runExperiment } from '../sim/parallel.ts';
import { referenceDay } from '../sim/reference-day.ts';
import type { PolicyTuning } from '../sim/sim-config.ts';
import type { Estimate } from '../sim/stats.ts';
import { intFlag } from './bench-options.ts';
import { POLICY_SCENARIOS } from './policy-suite.ts';
import { p3Checks, p4Check } from './policy-goals.ts';

/**
 * The sweep that chose the calling policy's figures (demo-config.ts: lane weights V and B,
 * policy.overdueCatchUp): every combination of the grid on every policy day of
 * `npm run bench:policy` (the P3 check days and the P4 reference days), against
 * lane-restricted FIFO on the same customers. For each combination, the worst figure over
 * the days of each goal, and whether every goal holds on every day.
 *   npm run bench:policy:sweep -- [--reps 100] [--vip 4,6,8] [--business 1,1.5] [--catch-up 0.25,0.5] [--workers 2]
 */
function list(name: string, fallback: string): number[] {
  const i = process.argv.indexOf(name);
  const raw = i >= 0 ? process.argv[i + 1] : undefined;
  const values = (raw ?? fallback).split(',').map(Number);
  if (values.some((v) => !Number.isFinite(v) || v < 0))
    throw new Error(`${name}: numbers, comma-separated (got ${raw})`);
  return values;
}

const reps = intFlag(process.argv, '--reps') ?? 100;
const workers = intFlag(process.argv, '--workers') ?? 2;
const grid: { label: string; tuning: PolicyTuning }[] = [];
for (const vip of list('--vip', '4,6,8'))
  for (const business of list('--business', '1,1.5'))
    for (const overdueCatchUp of list('--catch-up', '0.25,0.35,0.5'))
      grid.push({
        label: `V ${vip}, B ${business}, catch-up ${overdueCatchUp}`,
        tuning: { laneWeights: { vip, business }, policy: { overdueCatchUp } },
      });

const f = (e: Estimate) => `${e.mean.toFixed(2)}±${e.half.toFixed(2)}`;
/** Per combination: the worst point figure of each goal over the days, and where. */
const worst = grid.map(() => ({ vip: { v: 0, at: '' }, p99: { v: 0, at: '' }, all: { v: 0, at: '' }, pass: true }));

console.log(`Calling-policy sweep — ${reps} days per scenario, seed 20261123, ${grid.length} combinations`);
for (const { variant, goals } of POLICY_SCENARIOS) {
  const scenario = referenceDay(variant);
  const arms: PolicyArm[] = [
    { label: 'lane-restricted FIFO', dispatch: 'fifo' },
    ...grid.map((g) => ({ label: g.label, dispatch: 'accumulated' as const, tuning: g.tuning })),
  ];
  const res = await runExperiment({ scenario, arms, seed: 20261123, reps }, workers);
  const fifo = res.arms[0]!.days;
  console.log(`\n${scenario.name} (${goals})`);
  grid.forEach((g, i) => {
    const r = armRatios(res.arms[i + 1]!.days, fifo);
    const checks = goals === 'P3' ? p3Checks(r) : [p4Check(r)];
    const w = worst[i]!;
    const keep = (slot: { v: number; at: string }, v: number) => {
      if (v > slot.v) Object.assign(slot, { v, at: scenario.name });
    };
    if (goals === 'P3') {
      keep(w.vip, r.meanWait.vip.mean);
      keep(w.p99, r.personalP99.mean);
    } else keep(w.all, r.meanWait.all.mean);
    w.pass &&= checks.every((c) => c.pass);
    console.log(
      `  ${g.label.padEnd(28)} ${checks.every((c) => c.pass) ? 'PASS' : 'FAIL'}  VIP ${f(r.meanWait.vip)}  personal p99 ${f(r.personalP99)}` +
        `  business ${f(r.meanWait.business)}  personal ${f(r.meanWait.personal)}  all ${f(r.meanWait.all)}`,
    );
  });
}

console.log(
  '\nWorst day per goal (P3: VIP mean ÷ FIFO ≤ 0.40, personal p99 ÷ FIFO ≤ 1.25; P4: all mean ÷ FIFO ≤ 1.05)',
);
grid.forEach((g, i) => {
  const w = worst[i]!;
  console.log(
    `  ${w.pass ? 'ALL PASS' : 'fails   '}  ${g.label.padEnd(28)} VIP ${w.vip.v.toFixed(2)} (${w.vip.at})  p99 ${w.p99.v.toFixed(2)} (${w.p99.at})  all ${w.all.v.toFixed(2)} (${w.all.at})`,
  );
});
