import type { HqBacklog, HqIngestBatch, HqWireFact } from '@lobby/shared';
import { GENESIS_HASH } from '@lobby/shared';
import { chainHash } from '@lobby/shared/chain-hash';
import { shiftFact, type DayTemplate } from './day-facts.ts';

/** Branch fact streams as their outboxes would hold them: shifted template days, hash-chained, in batches. */
export interface BranchStream {
  branchId: string;
  facts: HqWireFact[];
}

export const benchBranchId = (i: number) => `b${String(i).padStart(4, '0')}`;

export function branchStream(branchId: string, template: DayTemplate, dayOffset: number, limit: number): BranchStream {
  let prev = GENESIS_HASH;
  const facts: HqWireFact[] = [];
  for (const [i, f] of template.facts.slice(0, limit).entries()) {
    const body = JSON.stringify(shiftFact(f, branchId, dayOffset, template.date));
    const hash = chainHash(prev, body);
    facts.push({ seq: i + 1, prevHash: prev, hash, body });
    prev = hash;
  }
  return { branchId, facts };
}

const NO_BACKLOG: HqBacklog = { pending: 0, unprojected: 0, oldestAt: null, bytes: 0 };

export function batchesOf(stream: BranchStream, size: number): HqIngestBatch[] {
  const out: HqIngestBatch[] = [];
  for (let i = 0; i < stream.facts.length; i += size)
    out.push({
      branchId: stream.branchId,
      sentAt: Date.now(),
      facts: stream.facts.slice(i, i + size),
      backlog: NO_BACKLOG,
      acceptGap: false,
    });
  return out;
}
