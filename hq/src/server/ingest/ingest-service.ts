import {
  businessDateOf,
  HqFactBodySchema,
  type HqBacklog,
  type HqIngestAck,
  type HqIngestBatch,
  type HqReplicationHead,
} from '@lobby/shared';
import { chainHash } from '@lobby/shared/chain-hash';
import type { Logger } from 'pino';
import type { PartitionKeeper } from '../db/partitions.ts';
import { inTransaction, type Pool } from '../db/pool.ts';
import type { TicketState } from '../rollups/measures.ts';
import { needsLookup, planChain } from './chain.ts';
import { foldTickets, nonZero, ticketKey, touchedTickets, type ParsedFact } from './fold.ts';
import {
  addToRollup,
  insertEpochs,
  insertEvents,
  knownHashes,
  lockBranch,
  readHead,
  readTickets,
  readTimeZone,
  touchBranch,
  updateHead,
  upsertTickets,
  writeLive,
  type EventRow,
} from './ingest-store.ts';
import { liveChanges } from './live-changes.ts';

/**
 * One batch from one branch, in ONE transaction: the branch's replication row is locked (so
 * two deliveries of the same batch queue up instead of racing), the facts are placed on the
 * branch's hash chain, the new ones stored, the tickets they touch folded and their rollup
 * deltas added, the live grid rows written and the head moved on. A crash anywhere before
 * COMMIT leaves nothing, and the branch resends.
 */
export type IngestOutcome =
  | { ok: true; ack: HqIngestAck; accepted: number }
  | { ok: false; code: 'REPLICATION_GAP'; head: HqReplicationHead }
  | { ok: false; code: 'INVALID_PAYLOAD' | 'NOT_FOUND'; message: string };

interface Checked {
  seq: number;
  hash: string;
  prevHash: string;
  body: string;
  parsed: ParsedFact['body'];
}

/** Hashes and schemas, before any database work: a malformed batch costs no transaction. */
function checkBatch(batch: HqIngestBatch): Checked[] | string {
  const out: Checked[] = [];
  let prev: Checked | null = null;
  for (const f of batch.facts) {
    if (chainHash(f.prevHash, f.body) !== f.hash) return `fact ${f.seq}: hash does not match its body`;
    if (prev && (f.prevHash !== prev.hash || f.seq !== prev.seq + 1))
      return `fact ${f.seq}: does not follow fact ${prev.seq} in the batch`;
    let json: unknown;
    try {
      json = JSON.parse(f.body);
    } catch {
      return `fact ${f.seq}: body is not JSON`;
    }
    const parsed = HqFactBodySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return `fact ${f.seq}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim();
    }
    prev = { ...f, parsed: parsed.data };
    out.push(prev);
  }
  return out;
}

function businessDateOfFact(body: ParsedFact['body'], timeZone: string): string {
  if (body.kind === 'queue') return body.businessDate;
  if (body.kind === 'complaint') return body.complaint.receivedDate;
  return businessDateOf(body.at, timeZone);
}

export class IngestService {
  /** Branch time zones, to date facts that carry none before the transaction (partitions). */
  private readonly zones = new Map<string, string>();

  private readonly pool: Pool;
  private readonly partitions: PartitionKeeper;
  private readonly clock: () => number;
  private readonly logger: Logger;
  private readonly catalogueVersion: () => Promise<number | null>;

  constructor(
    pool: Pool,
    partitions: PartitionKeeper,
    clock: () => number,
    logger: Logger,
    /** The newest catalogue version (cached by the catalogue store). */
    catalogueVersion: () => Promise<number | null> = async () => null,
  ) {
    this.pool = pool;
    this.partitions = partitions;
    this.clock = clock;
    this.logger = logger;
    this.catalogueVersion = catalogueVersion;
  }

  async ingest(branchId: string, batch: HqIngestBatch): Promise<IngestOutcome> {
    if (batch.branchId !== branchId)
      return {
        ok: false,
        code: 'INVALID_PAYLOAD',
        message: `batch names branch ${batch.branchId}, key is ${branchId}`,
      };
    const checked = checkBatch(batch);
    if (typeof checked === 'string') return { ok: false, code: 'INVALID_PAYLOAD', message: checked };
    const zone = await this.timeZone(branchId);
    if (zone === null) return { ok: false, code: 'NOT_FOUND', message: 'branch not registered' };
    // Months for the zone the transaction will date by: the branch's, or a profile in the batch.
    const profile = checked.findLast((f) => f.parsed.kind === 'profile')?.parsed;
    const zones = new Set([zone, profile?.kind === 'profile' ? profile.profile.timeZone : zone]);
    await this.partitions.ensureDates([...zones].flatMap((z) => checked.map((f) => businessDateOfFact(f.parsed, z))));

    // Read before the transaction: inside it, a read from the pool would wait for a second
    // connection while holding one, and a full pool of ingests would wait on each other for ever.
    const catalogueVersion = await this.catalogueVersion();
    const receivedAt = this.clock();
    const outcome = await inTransaction(this.pool, async (c): Promise<IngestOutcome> => {
      const locked = await lockBranch(c, branchId);
      if (!locked) return { ok: false, code: 'NOT_FOUND', message: 'branch not registered' };
      const wire = checked.map(({ seq, hash, prevHash, body }) => ({ seq, hash, prevHash, body }));
      const known = needsLookup(locked, wire)
        ? await knownHashes(c, branchId, [...new Set(wire.flatMap((f) => [f.hash, f.prevHash]))])
        : new Map();
      const plan = planChain(locked, wire, known, batch.acceptGap);
      if (plan.throughSeq === 0) return { ok: false, code: 'REPLICATION_GAP', head: plan.head };

      const bySeq = new Map(checked.map((f) => [f.seq, f]));
      const facts: ParsedFact[] = plan.appends.map(({ fact, epoch }) => ({
        epoch,
        seq: fact.seq,
        hash: fact.hash,
        body: bySeq.get(fact.seq)!.parsed,
      }));
      const tz = facts.findLast((f) => f.body.kind === 'profile')?.body;
      const timeZone = tz?.kind === 'profile' ? tz.profile.timeZone : locked.timeZone;
      const rows: EventRow[] = facts.map((f) => ({
        epoch: f.epoch,
        seq: f.seq,
        hash: f.hash,
        kind: f.body.kind,
        type: f.body.kind === 'queue' ? f.body.type : null,
        at: f.body.at,
        businessDate: businessDateOfFact(f.body, timeZone),
        body: bySeq.get(f.seq)!.body,
      }));
      await insertEpochs(c, branchId, plan.epochs, receivedAt);
      await insertEvents(c, branchId, rows, receivedAt);

      const keys = touchedTickets(facts);
      const stored = new Map<string, TicketState>(
        (await readTickets(c, branchId, keys)).map((t) => [ticketKey(t.businessDate, t.ticketId), t]),
      );
      const fold = foldTickets(facts, stored, timeZone);
      await upsertTickets(c, branchId, [...fold.changed.values()]);
      await addToRollup(c, 'rollup_hour', branchId, nonZero(fold.deltas.hour));
      await addToRollup(c, 'rollup_day', branchId, nonZero(fold.deltas.day));
      await addToRollup(c, 'rollup_teller_day', branchId, nonZero(fold.deltas.teller));

      const live = liveChanges(facts);
      await writeLive(c, branchId, live);
      // Lag on the branch's own clock: receipt, less the clock difference, less the fact's time.
      const clockSkewMs = receivedAt - batch.sentAt;
      await updateHead(c, branchId, {
        head: plan.head,
        clockSkewMs,
        heardAt: receivedAt,
        lastFactAt: live.lastFactAt,
        lagMs: live.lastFactAt === null ? null : Math.max(0, receivedAt - clockSkewMs - live.lastFactAt),
        backlog: batch.backlog,
        accepted: facts.length,
        duplicates: plan.duplicates,
        businessDate: live.businessDate,
        emergency: live.emergency,
      });
      if (plan.epochs.length > 0)
        this.logger.warn({ branchId, epochs: plan.epochs }, 'branch history forked or broke: new epoch');
      return {
        ok: true,
        accepted: facts.length,
        ack: {
          ...plan.head,
          throughSeq: plan.throughSeq,
          accepted: facts.length,
          duplicates: plan.duplicates,
          catalogueVersion,
        },
      };
    });
    if (outcome.ok && profile?.kind === 'profile') this.zones.set(branchId, profile.profile.timeZone);
    return outcome;
  }

  /** The sender's hello: where head office stands for the branch; the branch was heard from. */
  async hello(branchId: string, backlog: HqBacklog): Promise<HqReplicationHead | null> {
    await touchBranch(this.pool, branchId, this.clock(), backlog);
    return readHead(this.pool, branchId);
  }

  private async timeZone(branchId: string): Promise<string | null> {
    const cached = this.zones.get(branchId);
    if (cached) return cached;
    const tz = await readTimeZone(this.pool, branchId);
    if (tz) this.zones.set(branchId, tz);
    return tz;
  }
}
