import { HqFactBodySchema, type HqFactBody, type HqIngestBatch } from '@lobby/shared';
import { chainHash } from '@lobby/shared/chain-hash';

/**
 * A batch's own consistency, before any database work: each fact's hash over its body, the
 * facts consecutive, each body JSON of a known fact shape (strict: a field nobody listed is
 * refused). The bodies, parsed, in the batch's order — or why the batch is refused.
 */
export type BatchCheck = { ok: true; bodies: HqFactBody[] } | { ok: false; message: string };

export function checkBatch(facts: HqIngestBatch['facts']): BatchCheck {
  const bodies: HqFactBody[] = [];
  for (const [i, f] of facts.entries()) {
    const refuse = (why: string): BatchCheck => ({ ok: false, message: `fact ${f.seq}: ${why}` });
    if (chainHash(f.prevHash, f.body) !== f.hash) return refuse('hash does not match its body');
    const prev = facts[i - 1];
    if (prev && (f.prevHash !== prev.hash || f.seq !== prev.seq + 1))
      return refuse(`does not follow fact ${prev.seq} in the batch`);
    let json: unknown;
    try {
      json = JSON.parse(f.body);
    } catch {
      return refuse('body is not JSON');
    }
    const parsed = HqFactBodySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse(`${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim());
    }
    bodies.push(parsed.data);
  }
  return { ok: true, bodies };
}

/**
 * The bodies of a batch checkBatch accepted, parsed again where they are needed: the fact
 * schemas have no defaults, transforms or coercions, and strict objects keep no unknown
 * field, so the JSON as sent is what the schema returned (batch-checkers.test.ts compares them).
 */
export function parsedBodies(facts: HqIngestBatch['facts']): HqFactBody[] {
  return facts.map((f) => JSON.parse(f.body) as HqFactBody);
}
