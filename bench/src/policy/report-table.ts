import type { Estimate } from '../sim/stats.ts';
import type { GoalCheck } from './policy-goals.ts';
import { costGoal, HOURLY_SERVERS, type EstimateDayReport, type SuiteReport } from './policy-suite.ts';
import type { WaitFigures } from './booking-arm.ts';

/**
 * Plain-text rendering of the suite: every goal with PASS/FAIL and its interval first, then
 * the tables behind them (policies, Erlang C, per-hour, the estimate and its bound).
 * Minutes throughout; "a ±h" = mean and 95 % CI half-width.
 */
const num = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const est = (e: Estimate, d = 1) => `${num(e.mean, d)} ±${num(e.half, d)}`;
const pct = (x: number) => `${num(x * 100, 1)} %`;
const pctEst = (e: Estimate) => `${num(e.mean * 100, 1)} % ±${num(e.half * 100, 1)}`;

function cell(value: Estimate, ratio: Estimate | null): string {
  return ratio ? `${est(value)} (×${num(ratio.mean, 2)}±${num(ratio.half, 2)})` : est(value);
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' │ ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)];
}

export function goalLine(g: GoalCheck, where: string): string {
  const value = g.percent
    ? `${g.value.mean >= 0 && g.id === 'P6' ? '+' : ''}${pctEst(g.value)}`
    : `${num(g.value.mean, 2)} ±${num(g.value.half, 2)}`;
  return `  ${g.pass ? 'PASS' : 'FAIL'} ${g.id} ${where}${where ? ': ' : ''}${g.what} = ${value} (goal ${g.goal})`;
}

function goalsSection(r: SuiteReport): string[] {
  const out = ['Goals (95 % intervals over days):'];
  for (const g of r.erlang.length ? r.goals.filter((x) => x.id === 'P6') : []) out.push(goalLine(g, ''));
  for (const s of r.scenarios) for (const g of s.goals) out.push(goalLine(g, s.name));
  for (const e of r.estimates) for (const g of e.goals) out.push(goalLine(g, e.name));
  if (r.cost) out.push(goalLine(costGoal(r.cost), ''));
  const failed = r.goals.filter((g) => !g.pass).length;
  out.push(`  ${r.goals.length - failed} of ${r.goals.length} goals met${failed ? `, ${failed} not` : ''}`);
  return out;
}

function policySection(r: SuiteReport): string[] {
  if (r.scenarios.length === 0) return [];
  const header = [
    'scenario / policy',
    'VIP mean',
    'business mean',
    'personal mean',
    'personal p99',
    'all mean',
    '> 15 min',
    'max wait (day)',
  ];
  const rows: string[][] = [];
  for (const s of r.scenarios) {
    rows.push([`${s.name} — ${num(s.msPerDay, 0)} ms/day`, '', '', '', '', '', '', '']);
    for (const row of s.rows) {
      const base = r.scenarios.length > 0 && row === s.rows[0];
      const ratio = (e: Estimate) => (base ? null : e);
      rows.push([
        `  ${row.arm.label}`,
        cell(row.stats.meanWait.vip, ratio(row.vsFifo.meanWait.vip)),
        cell(row.stats.meanWait.business, ratio(row.vsFifo.meanWait.business)),
        cell(row.stats.meanWait.personal, ratio(row.vsFifo.meanWait.personal)),
        cell(row.stats.personalP99, ratio(row.vsFifo.personalP99)),
        cell(row.stats.meanWait.all, ratio(row.vsFifo.meanWait.all)),
        pct(row.stats.over15.mean),
        est(row.stats.maxWait),
      ]);
    }
    if (s.vsDedicated)
      rows.push([
        '  (ours ÷ dedicated lanes, reported)',
        '',
        '',
        '',
        '',
        `×${num(s.vsDedicated.meanWait.all.mean, 2)}±${num(s.vsDedicated.meanWait.all.half, 2)}`,
        '',
        '',
      ]);
  }
  return [
    'Calling policy: waits in minutes, issue → first call, served customers; (×r) = paired ratio to lane-restricted FIFO on the same days',
    ...table(header, rows),
  ];
}

function erlangSection(r: SuiteReport): string[] {
  if (r.erlang.length === 0) return [];
  const out = [
    'Validation (a), P6: M/M/c FIFO vs Erlang C — days started in steady state, each case on its own random streams;',
    '  engine = the real engine; tie = engine vs an independent FIFO recursion, customer by customer; recursion = over many more days (control variates)',
    ...table(
      [
        'case',
        'Erlang C',
        'engine',
        'engine customers',
        'ms/day',
        'tie (max gap)',
        'recursion',
        'customers',
        'error',
        '±3 %',
      ],
      r.erlang.map((e) => [
        `M/M/${e.servers}${e.lanes === 2 ? ' 2 lanes' : ''} rho ${num(e.rho, 2)}`,
        num(e.erlangMin, 3),
        `${num(e.engineControlled.mean, 3)} ±${num(e.engineControlled.half, 3)}`,
        String(e.engineCustomers),
        num(e.msPerDay, 1),
        `${e.agreementCustomers} customers, ${e.maxDisagreementMin.toExponential(1)} min`,
        `${num(e.reference.mean, 3)} ±${num(e.reference.half, 3)}`,
        String(e.referenceCustomers),
        `${e.relError >= 0 ? '+' : ''}${num(e.relError * 100, 1)} % ±${num((e.reference.half / e.erlangMin) * 100, 1)}`,
        Math.abs(e.relError) <= 0.03 && e.maxDisagreementMin < 1e-6 ? 'PASS' : 'FAIL',
      ]),
    ),
  ];
  const h = r.hourly;
  if (h) {
    out.push('');
    out.push(
      `Validation (b): per-hour Erlang C vs the simulated day (reference arrival profile, one pooled lane, ${HOURLY_SERVERS} counters, FIFO)`,
    );
    out.push(
      ...table(
        ['hour', 'arrivals/h', 'rho', 'Erlang C', 'simulated', 'sim ÷ formula'],
        h.rows.map((x) => [
          `${String(9 + x.hour).padStart(2, '0')}:00`,
          num(x.arrivalsPerHour, 0),
          num(x.rho, 2),
          num(x.formulaMin, 2),
          `${num(x.sim.mean, 2)} ±${num(x.sim.half, 2)}`,
          num(x.sim.mean / x.formulaMin, 2),
        ]),
      ),
    );
    out.push(
      `  after the peak the stationary formula underestimates (known direction): ${h.afterPeakUnderestimated ? 'yes' : 'NO'}`,
    );
  }
  return out;
}

function bookingSection(r: SuiteReport): string[] {
  const b = r.bookings;
  if (!b) return [];
  const row = (label: string, f: WaitFigures) => [label, num(f.customersPerDay, 0), est(f.mean), est(f.p90)];
  return [
    `Appointments (issue 17) — ${b.name}, ${b.reps} days, today's policy (accumulated, ${b.headStartMin}-min head start for on-time bookings); ${num(b.msPerDay, 0)} ms/day`,
    '  booked = personal and business customers who booked and came on time; walk-ins = the others in those lanes;',
    '  "no head start" = the same customers on the same days with the head start at 0 (a booking changes nothing)',
    ...table(
      ['customers', 'per day', 'mean wait', 'p90 wait'],
      [
        row('booked', b.booked),
        row('booked, no head start', b.bookedWithout),
        row('walk-ins', b.walkIn),
        row('walk-ins, no head start', b.walkInWithout),
      ],
    ),
    `  booked wait ÷ without the head start: ×${num(b.bookedRatio.mean, 2)}±${num(b.bookedRatio.half, 2)}; walk-ins': ×${num(b.walkInRatio.mean, 2)}±${num(b.walkInRatio.half, 2)}`,
  ];
}

function estimateSection(e: EstimateDayReport): string[] {
  const a = e.accuracy;
  const out = [
    `Printed estimate, P5 — ${e.name}: ${a.days} days, ${num(e.msPerDay / 1000, 1)} s/day with a forecast at each issue (${e.forecasts} issues in all); median ${num(a.medianAhead, 0)} ahead at issue (scored tickets)`,
    '  point: hit = |point − wait| ≤ 25 % of the wait + 2 min, over waits > 5 min; range: share of waits inside it, over tickets printed a range',
    ...table(
      [
        'lane',
        'scored',
        'printed point',
        'old (deterministic)',
        'LES',
        'naive',
        'ranges',
        'range holds',
        'holds, waits > 5',
        'median width',
      ],
      a.byLane.map((l) => [
        l.group,
        String(l.scored),
        pctEst(l.hit),
        pct(l.deterministicHit),
        pct(l.lesHit),
        pct(l.naiveHit),
        String(l.ranged),
        pctEst(l.coverage),
        pctEst(l.coverageScored),
        `${num(l.medianWidthMin, 0)} min`,
      ]),
    ),
    `  "about now" printed ${a.aboutNow} times; called within 2 min: ${pct(a.aboutNowKept)}`,
  ];
  const b = e.bound;
  if (b) {
    out.push(
      `  Honest bound: ${b.replays} continuations of the day on the real engine from each ticket's issue snapshot (fresh service times,`,
      `  arrivals at the day's true rate, no-shows, the true roster), point optimised on the replays > 5 min; every ${b.every}th scored ticket of ${b.days} days`,
      ...table(
        ['lane', 'tickets', 'bound', 'printed (same tickets)', 'gap (bound − printed)'],
        b.byLane.map((l) => [
          l.group,
          String(l.tickets),
          pctEst(l.bound),
          pctEst(l.printed),
          `${num(l.gap.mean * 100, 1)} ±${num(l.gap.half * 100, 1)} points`,
        ]),
      ),
      `  the bound expected ${pct(b.expectedHit)} of itself (in-sample); real waits beyond every replay: ${pct(b.aboveAll)} above, ${pct(b.belowAll)} below (faithful: ${pct(1 / (b.replays + 1))} each)`,
    );
  }
  return out;
}

export function renderReport(r: SuiteReport): string {
  const o = r.options;
  const out: string[] = [
    `Branch-day policy and estimator bench — seed ${o.seed}, ${o.workers} workers${o.quick ? ' (BENCH_QUICK)' : ''}; ${o.reps} days per policy, ${o.estimateDays} estimate days (bound on ${o.boundDays})`,
    '',
    ...goalsSection(r),
  ];
  for (const section of [erlangSection(r), policySection(r), bookingSection(r), ...r.estimates.map(estimateSection)]) {
    if (section.length === 0) continue;
    out.push('', ...section);
  }
  out.push('', `wall time ${num(r.wallMs / 1000, 0)} s`);
  return out.join('\n');
}
