import {
  businessDateOf,
  type HqBacklog,
  type HqIngestAck,
  type HqIngestBatch,
  type HqReplicationHead,
} from '@lobby/shared';
import type { Logger } from 'pino';
import type { PartitionKeeper } from '../db/partitions.ts';
import { inTransaction, type Pool, type PoolClient } from '../db/pool.ts';
import { BatchCheckers, type BatchCheckersOptions } from './batch-checkers.ts';
import { needsLookup, planChain, type ChainPlan } from './chain.ts';
import { foldTickets, nonZero, ticketKey, touchedTickets, type ParsedFact, type RollupDeltas } from './fold.ts';
import { GroupCommit, type GroupCommitOptions } from './group-commit.ts';
import {
  addToRollup,
  insertEpochs,
  insertEvents,
  knownHashes,
  lockBranches,
  readHead,
  readTickets,
  readTimeZone,
  touchBranch,
  updateHeads,
  upsertTickets,
  writeLive,
  type BranchTicket,
  type EventRow,
  type HeadUpdate,
} from './ingest-store.ts';
import { liveChanges, type LiveChanges } from './live-changes.ts';

/**
 * Batches from branches, several branches' in ONE transaction (group commit): the branches'
 * replication rows are locked (so two deliveries of the same batch queue up instead of
 * racing), each batch's facts are placed on its branch's hash chain, the new ones stored,
 * the tickets they touch folded and their rollup deltas (summed per key in memory) added,
 * the live grid rows written and the heads moved on — each step one statement for all the
 * branches. A crash anywhere before COMMIT leaves nothing, and the branches resend.
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

/** A checked batch waiting for its group's transaction. */
interface Pending {
  branchId: string;
  batch: HqIngestBatch;
  checked: Checked[];
  catalogueVersion: number | null;
  receivedAt: number;
}

/** A batch of the group that connects to its branch's chain: what the transaction writes. */
interface Applied {
  index: number;
  item: Pending;
  plan: ChainPlan;
  facts: ParsedFact[];
  timeZone: string;
  live: LiveChanges;
}

/** Few transactions at a time (2 cores are shared with PostgreSQL), each taking all that waits. */
export const DEFAULT_GROUP_COMMIT: GroupCommitOptions = { maxInFlight: 4, maxGroup: 1000 };

function businessDateOfFact(body: ParsedFact['body'], timeZone: string): string {
  if (body.kind === 'queue') return body.businessDate;
  if (body.kind === 'complaint') return body.complaint.receivedDate;
  return businessDateOf(body.at, timeZone);
}

export interface IngestOptions {
  /** The newest catalogue version (cached by the catalogue store). */
  catalogueVersion?: () => Promise<number | null>;
  groupCommit?: GroupCommitOptions;
  /** Threads that check batches (default: defaultCheckWorkers()). */
  checkers?: BatchCheckersOptions;
}

export class IngestService {
  /** Branch time zones, to date facts that carry none before the transaction (partitions). */
  private readonly zones = new Map<string, string>();

  private readonly pool: Pool;
  private readonly partitions: PartitionKeeper;
  private readonly clock: () => number;
  private readonly logger: Logger;
  private readonly catalogueVersion: () => Promise<number | null>;
  private readonly groups: GroupCommit<Pending, IngestOutcome>;
  private readonly checkers: BatchCheckers;

  constructor(pool: Pool, partitions: PartitionKeeper, clock: () => number, logger: Logger, opts: IngestOptions = {}) {
    this.pool = pool;
    this.partitions = partitions;
    this.clock = clock;
    this.logger = logger;
    this.catalogueVersion = opts.catalogueVersion ?? (async () => null);
    this.checkers = new BatchCheckers(opts.checkers);
    this.groups = new GroupCommit(
      (items) => inTransaction(this.pool, (c) => this.applyGroup(c, items)),
      opts.groupCommit ?? DEFAULT_GROUP_COMMIT,
    );
  }

  /** Starts the check threads now rather than on the first branch's batch (head office's start). */
  warm(): Promise<void> {
    return this.checkers.warm();
  }

  /** Stops the check threads (the pool is the caller's). */
  close(): Promise<void> {
    return this.checkers.close();
  }

  async ingest(branchId: string, batch: HqIngestBatch): Promise<IngestOutcome> {
    if (batch.branchId !== branchId)
      return {
        ok: false,
        code: 'INVALID_PAYLOAD',
        message: `batch names branch ${batch.branchId}, key is ${branchId}`,
      };
    const check = await this.checkers.check(batch.facts);
    if (!check.ok) return { ok: false, code: 'INVALID_PAYLOAD', message: check.message };
    const checked: Checked[] = batch.facts.map((f, i) => ({ ...f, parsed: check.bodies[i]! }));
    const zone = await this.timeZone(branchId);
    if (zone === null) return { ok: false, code: 'NOT_FOUND', message: 'branch not registered' };
    // Months for the zone the transaction will date by: the branch's, or a profile in the batch.
    const profile = checked.findLast((f) => f.parsed.kind === 'profile')?.parsed;
    const zones = new Set([zone, profile?.kind === 'profile' ? profile.profile.timeZone : zone]);
    await this.partitions.ensureDates([...zones].flatMap((z) => checked.map((f) => businessDateOfFact(f.parsed, z))));

    // Read before the transaction: inside it, a read from the pool would wait for a second
    // connection while holding one, and a full pool of ingests would wait on each other for ever.
    const catalogueVersion = await this.catalogueVersion();
    const outcome = await this.groups.submit(branchId, {
      branchId,
      batch,
      checked,
      catalogueVersion,
      receivedAt: this.clock(),
    });
    if (outcome.ok && profile?.kind === 'profile') this.zones.set(branchId, profile.profile.timeZone);
    return outcome;
  }

  /** One transaction for a group of batches, at most one per branch; an outcome per batch. */
  private async applyGroup(c: PoolClient, items: Pending[]): Promise<IngestOutcome[]> {
    const locked = await lockBranches(
      c,
      items.map((i) => i.branchId),
    );
    const wires = items.map((i) => i.checked.map(({ seq, hash, prevHash, body }) => ({ seq, hash, prevHash, body })));
    const known = await knownHashes(
      c,
      items.flatMap((item, k) => {
        const head = locked.get(item.branchId);
        if (!head || !needsLookup(head, wires[k]!)) return [];
        const hashes = new Set(wires[k]!.flatMap((f) => [f.hash, f.prevHash]));
        return [...hashes].map((hash) => ({ branchId: item.branchId, hash }));
      }),
    );

    const outcomes: IngestOutcome[] = [];
    const applied: Applied[] = [];
    items.forEach((item, index) => {
      const head = locked.get(item.branchId);
      if (!head) return (outcomes[index] = { ok: false, code: 'NOT_FOUND', message: 'branch not registered' });
      const plan = planChain(head, wires[index]!, known.get(item.branchId) ?? new Map(), item.batch.acceptGap);
      if (plan.throughSeq === 0) return (outcomes[index] = { ok: false, code: 'REPLICATION_GAP', head: plan.head });
      const bySeq = new Map(item.checked.map((f) => [f.seq, f]));
      const facts: ParsedFact[] = plan.appends.map(({ fact, epoch }) => ({
        epoch,
        seq: fact.seq,
        hash: fact.hash,
        body: bySeq.get(fact.seq)!.parsed,
      }));
      const tz = facts.findLast((f) => f.body.kind === 'profile')?.body;
      const timeZone = tz?.kind === 'profile' ? tz.profile.timeZone : head.timeZone;
      applied.push({ index, item, plan, facts, timeZone, live: liveChanges(facts) });
    });

    for (const a of applied) await insertEpochs(c, a.item.branchId, a.plan.epochs, a.item.receivedAt);
    await insertEvents(
      c,
      applied.flatMap(({ item, facts, timeZone }): EventRow[] => {
        const bySeq = new Map(item.checked.map((f) => [f.seq, f.body]));
        return facts.map((f) => ({
          branchId: item.branchId,
          receivedAt: item.receivedAt,
          epoch: f.epoch,
          seq: f.seq,
          hash: f.hash,
          kind: f.body.kind,
          type: f.body.kind === 'queue' ? f.body.type : null,
          at: f.body.at,
          businessDate: businessDateOfFact(f.body, timeZone),
          body: bySeq.get(f.seq)!,
        }));
      }),
    );
    await this.foldAndRollUp(c, applied);
    await writeLive(
      c,
      applied.map((a) => ({ branchId: a.item.branchId, live: a.live })),
    );
    await updateHeads(c, applied.map(headUpdate));

    for (const { index, item, plan, facts } of applied) {
      if (plan.epochs.length > 0)
        this.logger.warn({ branchId: item.branchId, epochs: plan.epochs }, 'branch history forked or broke: new epoch');
      outcomes[index] = {
        ok: true,
        accepted: facts.length,
        ack: {
          ...plan.head,
          throughSeq: plan.throughSeq,
          accepted: facts.length,
          duplicates: plan.duplicates,
          catalogueVersion: item.catalogueVersion,
        },
      };
    }
    return outcomes;
  }

  /** The tickets the batches touch, folded over their stored states; the rollup deltas added. */
  private async foldAndRollUp(c: PoolClient, applied: Applied[]): Promise<void> {
    const stored = new Map<string, Map<string, BranchTicket>>();
    const keys = applied.flatMap((a) => touchedTickets(a.facts).map((k) => ({ branchId: a.item.branchId, ...k })));
    for (const t of await readTickets(c, keys)) {
      let byKey = stored.get(t.branchId);
      if (!byKey) stored.set(t.branchId, (byKey = new Map()));
      byKey.set(ticketKey(t.businessDate, t.ticketId), t);
    }
    const changed: BranchTicket[] = [];
    const rollups: Record<keyof RollupDeltas, [string, string, number[]][]> = { hour: [], day: [], teller: [] };
    for (const { item, facts, timeZone } of applied) {
      const branchId = item.branchId;
      const fold = foldTickets(facts, stored.get(branchId) ?? new Map(), timeZone);
      for (const t of fold.changed.values()) changed.push({ ...t, branchId });
      for (const k of ['hour', 'day', 'teller'] as const)
        for (const [key, v] of nonZero(fold.deltas[k])) rollups[k].push([branchId, key, v]);
    }
    await upsertTickets(c, changed);
    await addToRollup(c, 'rollup_hour', rollups.hour);
    await addToRollup(c, 'rollup_day', rollups.day);
    await addToRollup(c, 'rollup_teller_day', rollups.teller);
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

function headUpdate({ item, plan, facts, live }: Applied): HeadUpdate & { branchId: string } {
  // Lag on the branch's own clock: receipt, less the clock difference, less the fact's time.
  const clockSkewMs = item.receivedAt - item.batch.sentAt;
  return {
    branchId: item.branchId,
    head: plan.head,
    clockSkewMs,
    heardAt: item.receivedAt,
    lastFactAt: live.lastFactAt,
    lagMs: live.lastFactAt === null ? null : Math.max(0, item.receivedAt - clockSkewMs - live.lastFactAt),
    backlog: item.batch.backlog,
    accepted: facts.length,
    duplicates: plan.duplicates,
    businessDate: live.businessDate,
    emergency: live.emergency,
  };
}
