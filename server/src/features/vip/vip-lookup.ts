import type { CommandResults } from '@lobby/shared';
import type { VipRegistry } from '../../store/vip-registry.ts';
import { newProofClaims, sealVipProof } from './vip-proof.ts';

/**
 * One VIP lookup, hit or miss doing the same work: the identifier's HMAC, one registry
 * read, one sealed proof (a miss's is thrown away). Only the tier and the proof leave the
 * server — never whether or which customer record matched beyond that.
 */
export function answerVipLookup(
  registry: VipRegistry,
  deviceId: string,
  identifier: string,
  now: number,
): CommandResults['vip:lookup'] {
  const hash = registry.hash(identifier);
  const tierId = registry.tierOf(hash);
  const proof = sealVipProof(registry.proofKey, newProofClaims(deviceId, tierId ?? '', hash, now));
  return tierId === null ? { tierId: null, proof: null } : { tierId, proof };
}

/** Resolves no earlier than `target` (performance.now() time): timers may fire a little early. */
export async function waitUntil(target: number): Promise<void> {
  for (let left = target - performance.now(); left > 0; left = target - performance.now())
    await new Promise((resolve) => setTimeout(resolve, Math.ceil(left)));
}
