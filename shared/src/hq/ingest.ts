/**
 * Branch → head office replication on the wire (`POST /api/ingest`, gzip JSON over TLS,
 * `Authorization: Bearer <branch key>`). Each fact carries its place in the branch's hash
 * chain: `hash = chainHash(prevHash, body)` (see chain-hash.ts). Head office appends a fact
 * whose prevHash is its head for the branch; skips one whose hash it already holds (a
 * batch delivered twice, or a branch restored from a backup replaying old seqs); starts a
 * new epoch when prevHash is an older fact it holds (the branch's history forked there:
 * restored from a backup, then went on); and refuses a batch that does not connect
 * (REPLICATION_GAP, with its head, so the sender resumes right after it).
 */
import { z } from 'zod';

export const GENESIS_HASH = '0'.repeat(32);
const Hash = z.string().regex(/^[0-9a-f]{32}$/);

export const HqWireFactSchema = z
  .object({
    seq: z.number().int().positive(),
    prevHash: Hash,
    hash: Hash,
    /** The fact body exactly as hashed (JSON text of an HqFactBody). */
    body: z.string().min(2).max(256_000),
  })
  .strict();
export type HqWireFact = z.infer<typeof HqWireFactSchema>;

export const HQ_BATCH_MAX_FACTS = 1000;

export const HqBacklogSchema = z
  .object({
    /** Facts in the outbox not yet acknowledged. */
    pending: z.number().int().nonnegative(),
    /** Event-log rows not yet projected into the outbox (the outbox is full). */
    unprojected: z.number().int().nonnegative(),
    oldestAt: z.number().int().nonnegative().nullable(),
    bytes: z.number().int().nonnegative(),
  })
  .strict();
export type HqBacklog = z.infer<typeof HqBacklogSchema>;

export const HqIngestBatchSchema = z
  .object({
    branchId: z.string().min(1).max(40),
    sentAt: z.number().int().nonnegative(),
    facts: z.array(HqWireFactSchema).min(1).max(HQ_BATCH_MAX_FACTS),
    backlog: HqBacklogSchema,
    /**
     * The sender already resent from the oldest fact it still holds and head office still
     * does not connect it (head office lost data it had acknowledged): accept the break,
     * recorded as a gap, instead of refusing forever.
     */
    acceptGap: z.boolean().default(false),
  })
  .strict();
export type HqIngestBatch = z.infer<typeof HqIngestBatchSchema>;

export interface HqReplicationHead {
  epoch: number;
  /** Branch seq and hash of the last fact head office holds for the branch (0 / genesis: none). */
  headSeq: number;
  headHash: string;
}

export interface HqIngestAck extends HqReplicationHead {
  /** Every fact of the batch up to this branch seq is held at head office (new or duplicate). */
  throughSeq: number;
  accepted: number;
  duplicates: number;
  /** The newest catalogue version published for this branch, to adopt (null: none). */
  catalogueVersion: number | null;
}
