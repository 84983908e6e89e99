import { GENESIS_HASH, type HqReplicationHead, type HqWireFact } from '@lobby/shared';

/**
 * Where each fact of a batch goes, given head office's head for the branch and the facts it
 * already holds (by chain hash). Pure: the ingest transaction supplies `known` and applies
 * the plan.
 *  - prevHash is the head: the next fact, appended.
 *  - its hash is known: a duplicate (delivered twice, or replayed by a restored branch), skipped.
 *  - prevHash is an older known fact, or the genesis while the head is not: the branch's
 *    history forked there (restored from a backup, then went on) — a new epoch starts, the
 *    old epoch's facts stay (they happened), nothing is counted twice.
 *  - otherwise the batch does not connect: stop there (the sender resends from the head),
 *    unless the sender says it has nothing older (acceptGap): then a new epoch marks the gap.
 */
export interface KnownFact {
  epoch: number;
  seq: number;
}

export interface EpochStart {
  epoch: number;
  reason: 'restored' | 'gap';
  forkSeq: number;
  previousHead: number;
}

export interface ChainPlan {
  appends: { fact: HqWireFact; epoch: number }[];
  duplicates: number;
  epochs: EpochStart[];
  head: HqReplicationHead;
  /** Branch seq through which every fact is now held (0: none of the batch). */
  throughSeq: number;
  /** The batch stopped at a fact that does not connect. */
  gap: boolean;
}

export function needsLookup(head: HqReplicationHead, facts: readonly HqWireFact[]): boolean {
  return facts[0]?.prevHash !== head.headHash;
}

export function planChain(
  start: HqReplicationHead,
  facts: readonly HqWireFact[],
  known: ReadonlyMap<string, KnownFact>,
  acceptGap: boolean,
): ChainPlan {
  let head = { ...start };
  const plan: ChainPlan = { appends: [], duplicates: 0, epochs: [], head, throughSeq: 0, gap: false };
  for (const fact of facts) {
    if (fact.prevHash === head.headHash) {
      // fall through to append
    } else if (known.has(fact.hash)) {
      plan.duplicates++;
      plan.throughSeq = fact.seq;
      continue;
    } else if (known.has(fact.prevHash) || (fact.prevHash === GENESIS_HASH && head.headSeq > 0)) {
      head = startEpoch(plan, head, 'restored', fact.seq - 1);
    } else if (acceptGap && plan.appends.length === 0) {
      head = startEpoch(plan, head, 'gap', fact.seq - 1);
    } else {
      plan.gap = true;
      break;
    }
    plan.appends.push({ fact, epoch: head.epoch });
    head = { epoch: head.epoch, headSeq: fact.seq, headHash: fact.hash };
    plan.throughSeq = fact.seq;
  }
  plan.head = head;
  return plan;
}

function startEpoch(
  plan: ChainPlan,
  head: HqReplicationHead,
  reason: EpochStart['reason'],
  forkSeq: number,
): HqReplicationHead {
  const epoch = head.epoch + 1;
  plan.epochs.push({ epoch, reason, forkSeq, previousHead: head.headSeq });
  return { ...head, epoch };
}
