import type { Estimate } from '../sim/stats.ts';
import { HOURLY_SERVERS, ERLANG_SERVERS, type SuiteReport } from './policy-suite.ts';

/**
 * Plain-text rendering of the suite: one policy table (mean ± 95 % CI half-width, and the
 * paired ratio to one-pool FIFO in brackets), then the goals, the validation ladder and the
 * estimator accuracy. Minutes throughout.
 */
const num = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const est = (e: Estimate, d = 1) => `${num(e.mean, d)} ±${num(e.half, d)}`;
const pct = (x: number) => `${num(x * 100, 1)} %`;

function cell(value: Estimate, ratio: Estimate | null, width: number): string {
  const text = ratio ? `${est(value)} (×${num(ratio.mean, 2)}±${num(ratio.half, 2)})` : est(value);
  return text.padEnd(width);
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' │ ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)];
}

export function renderReport(r: SuiteReport): string {
  const out: string[] = [];
  out.push(
    `Branch-day policy bench — ${r.options.reps} replications per policy, seed ${r.options.seed}, ${r.options.workers} workers${r.options.quick ? ' (BENCH_QUICK)' : ''}`,
  );
  out.push(
    'Waits in minutes, issue → first call, served customers; "a ±h" = mean and 95 % CI half-width; (×r) = paired ratio to one-pool FIFO on the same days.',
  );
  out.push('');
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
      const isFifo = row.arm.dispatch === 'fifo';
      const ratio = (e: Estimate) => (isFifo ? null : e);
      rows.push([
        `  ${row.arm.label}`,
        cell(row.stats.meanWait.vip, ratio(row.vsFifo.meanWait.vip), 0),
        cell(row.stats.meanWait.business, ratio(row.vsFifo.meanWait.business), 0),
        cell(row.stats.meanWait.personal, ratio(row.vsFifo.meanWait.personal), 0),
        cell(row.stats.personalP99, ratio(row.vsFifo.personalP99), 0),
        cell(row.stats.meanWait.all, ratio(row.vsFifo.meanWait.all), 0),
        pct(row.stats.over15.mean),
        est(row.stats.maxWait),
      ]);
    }
  }
  out.push(...table(header, rows));
  out.push('');
  out.push('Goals (our policy, paired ratios):');
  for (const s of r.scenarios) {
    for (const g of s.goals) {
      const bound = g.id === 'P5' ? `goal ≥ ${g.limit}` : `limit ${g.limit}`;
      out.push(
        `  ${g.pass ? 'PASS' : 'FAIL'} ${g.id} ${s.name}: ${g.what} = ${num(g.value.mean, 2)} ±${num(g.value.half, 2)} (${bound})`,
      );
    }
  }
  out.push('');
  out.push(
    `Validation (a), P6: M/M/${ERLANG_SERVERS} FIFO vs Erlang C — days started in steady state; Σ waits ÷ λT with arrivals and work as control variates`,
  );
  out.push(
    '  engine = the real engine; agreement = engine vs an independent FIFO recursion on the same customers; recursion = that recursion over many more days',
  );
  out.push(
    ...table(
      [
        'rho',
        'Erlang C',
        'engine (controlled)',
        'engine customers',
        'ms/day',
        'agreement (max gap)',
        'recursion',
        'recursion customers',
        'error',
        '±3 %',
      ],
      r.erlang.map((e) => [
        num(e.rho, 2),
        num(e.erlangMin, 3),
        `${num(e.engineControlled.mean, 3)} ±${num(e.engineControlled.half, 3)}`,
        String(e.engineCustomers),
        num(e.msPerDay, 1),
        `${e.agreementCustomers} customers, ${e.maxDisagreementMin.toExponential(1)} min`,
        `${num(e.reference.mean, 3)} ±${num(e.reference.half, 3)}`,
        String(e.referenceCustomers),
        `${e.relError >= 0 ? '+' : ''}${num(e.relError * 100, 1)} %`,
        Math.abs(e.relError) <= 0.03 && e.maxDisagreementMin < 1e-6 ? 'PASS' : 'FAIL',
      ]),
    ),
  );
  out.push('');
  out.push(
    `Validation (b): per-hour Erlang C vs the simulated day (reference arrival profile, one pooled lane, ${HOURLY_SERVERS} counters, FIFO)`,
  );
  out.push(
    ...table(
      ['hour', 'arrivals/h', 'rho', 'Erlang C', 'simulated', 'sim ÷ formula'],
      r.hourly.rows.map((h) => [
        `${String(9 + h.hour).padStart(2, '0')}:00`,
        num(h.arrivalsPerHour, 0),
        num(h.rho, 2),
        num(h.formulaMin, 2),
        `${num(h.sim.mean, 2)} ±${num(h.sim.half, 2)}`,
        num(h.sim.mean / h.formulaMin, 2),
      ]),
    ),
  );
  out.push(
    `  after the peak the stationary formula underestimates (known direction): ${r.hourly.afterPeakUnderestimated ? 'yes' : 'NO'}`,
  );
  out.push('');
  const a = r.accuracy;
  if (a) {
    out.push(
      `Estimator accuracy, P5 (reference day, 7 counters, our policy; ${a.tickets} tickets that waited > 5 min; median ${num(a.medianAhead, 0)} ahead at issue)`,
    );
    out.push('  hit = |estimate − wait| ≤ 25 % of the wait + 2 min; goal ≥ 85 % for the printed estimate');
    out.push(
      ...table(
        ['estimator', 'hit', 'median |error| ÷ wait', 'mean bias'],
        [
          ...a.rows.map((row) => [
            row.name,
            pct(row.hit),
            pct(row.medianRelError),
            `${row.meanBias >= 0 ? '+' : ''}${pct(row.meanBias)}`,
          ]),
          ['floor: ideal with 1/√(n+1) error', pct(a.floorHit), pct(a.floorMedianRelError), '0 %'],
        ],
      ),
    );
    out.push(`  printed, by lane: ${a.byLane.map((l) => `${l.laneKind} ${pct(l.hit)} (${l.tickets})`).join(', ')}`);
  }
  const o = r.oracle;
  if (o) {
    out.push('');
    out.push(
      `P5 bound: an oracle that knows the hall, the true service laws and the day's arrival rate, and replays the rest of the day`,
    );
    out.push(
      `  ${o.replays} times per ticket on the real engine, printing the point most of its replays accept (${o.days} days, ${o.tickets} tickets that waited > 5 min)`,
    );
    out.push(
      ...table(
        ['lane', 'tickets', 'oracle hit', 'printed hit (same tickets)'],
        [
          ...o.byLane.map((l) => [l.laneKind, String(l.tickets), pct(l.oracleHit), pct(l.printedHit)]),
          ['all', String(o.tickets), pct(o.oracleHit), pct(o.printedHit)],
        ],
      ),
    );
    out.push(
      `  the oracle expected ${pct(o.oracleExpectedHit)} of itself (in-sample); real waits beyond every replay: ${pct(o.aboveAll)} above, ${pct(o.belowAll)} below`,
    );
    out.push(
      `  (faithful replays would give ${pct(1 / (o.replays + 1))} each; picking tickets by a real wait > 5 min favours the long ones)`,
    );
  }
  out.push('');
  out.push(`wall time ${num(r.wallMs / 1000, 0)} s`);
  return out.join('\n');
}
