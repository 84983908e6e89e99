import { GENESIS_HASH, type HqBacklog, type HqFactBody, type HqIngestBatch, type HqWireFact } from '@lobby/shared';
import { chainHash } from '@lobby/shared/chain-hash';

/** Builds a branch's hash chain of facts by hand, as the branch's outbox would. */
export class FactChain {
  readonly facts: HqWireFact[] = [];
  private head = GENESIS_HASH;

  readonly branchId: string;

  constructor(branchId: string) {
    this.branchId = branchId;
  }

  /** Continues the chain from a fact already in it (a branch restored from a backup). */
  static restoredFrom(chain: FactChain, seq: number): FactChain {
    const c = new FactChain(chain.branchId);
    c.facts.push(...chain.facts.filter((f) => f.seq <= seq));
    c.head = c.facts.at(-1)?.hash ?? GENESIS_HASH;
    return c;
  }

  add(body: HqFactBody): HqWireFact {
    const text = JSON.stringify(body);
    const fact = { seq: this.facts.length + 1, prevHash: this.head, hash: chainHash(this.head, text), body: text };
    this.facts.push(fact);
    this.head = fact.hash;
    return fact;
  }

  batch(fromSeq: number, toSeq: number, acceptGap = false): HqIngestBatch {
    const facts = this.facts.filter((f) => f.seq >= fromSeq && f.seq <= toSeq);
    const backlog: HqBacklog = { pending: facts.length, unprojected: 0, oldestAt: null, bytes: 0 };
    return { branchId: this.branchId, sentAt: Date.now(), facts, backlog, acceptGap };
  }
}
