import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pino } from 'pino';
import { createScratchDatabase } from '../../../hq/src/server/db/scratch-database.ts';
import { IngestService } from '../../../hq/src/server/ingest/ingest-service.ts';
import { simulateDayFacts } from './day-facts.ts';
import { batchesOf, benchBranchId, branchStream } from './fact-streams.ts';
import { registerAll } from './ingest-bench.ts';

/**
 * `npm run bench:hq:profile`: H1's ingest alone (no raw COPY, no reports), with where the CPU
 * went — node's own (all its threads), the rest of the machine (PostgreSQL, the kernel) from
 * /proc/stat, and the main thread's event-loop utilisation. What docs/hq.md's step-by-step
 * H1 table was measured with; compare configurations in runs one right after the other.
 * HQ_PROFILE_BRANCHES (default 1000), HQ_PROFILE_SENDERS (default 8, as H1); DATABASE_URL.
 */
const ADMIN_URL = process.env.DATABASE_URL;
if (!ADMIN_URL) throw new Error('DATABASE_URL is not set');
const branches = Number(process.env.HQ_PROFILE_BRANCHES ?? 1000);
const senders = Number(process.env.HQ_PROFILE_SENDERS ?? 8);

/** Busy jiffies of the whole machine (user, nice, system, irq, softirq). */
function machineBusyMs(): number {
  const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user! + nice! + system! + irq! + softirq!) * 10;
}

const templates = Array.from({ length: 3 }, (_, i) => simulateDayFacts(i + 1));
const db = await createScratchDatabase(ADMIN_URL, {
  prefix: 'hq_profile',
  fromMonth: '2026-02-01',
  months: 3,
  poolSize: 10,
});
try {
  await registerAll(db, branches);
  const queue = Array.from({ length: branches }, (_, i) =>
    batchesOf(branchStream(benchBranchId(i), templates[i % templates.length]!, 0, 600), 500),
  );
  const facts = queue.reduce((a, bs) => a + bs.reduce((b, x) => b + x.facts.length, 0), 0);
  const ingest = new IngestService(db.pool, db.partitions, Date.now, pino({ level: 'warn' }));
  const machine0 = machineBusyMs();
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: senders }, async () => {
      for (let i = next++; i < queue.length; i = next++)
        for (const batch of queue[i]!) {
          const r = await ingest.ingest(batch.branchId, batch);
          if (!r.ok) throw new Error(`ingest refused ${batch.branchId}: ${r.code}`);
        }
    }),
  );
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  const nodeMs = (cpu.user + cpu.system) / 1000;
  const machineMs = machineBusyMs() - machine0;
  await ingest.close();
  const perEvent = (ms: number) => ((ms * 1000) / facts).toFixed(1);
  process.stdout.write(
    `${branches} branches, ${facts} facts, ${senders} senders: ${((facts / wallMs) * 1000).toFixed(0)} events/s; ` +
      `node ${perEvent(nodeMs)} µs/event, rest of the machine ${perEvent(machineMs - nodeMs)} µs/event, ` +
      `machine busy ${((100 * machineMs) / (availableParallelism() * wallMs)).toFixed(0)} % of ${availableParallelism()} cores, ` +
      `main thread ELU ${performance.eventLoopUtilization(elu0).utilization.toFixed(2)}\n`,
  );
} finally {
  await db.drop();
}
