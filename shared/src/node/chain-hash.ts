import { createHash } from 'node:crypto';

/**
 * One link of a branch's replication hash chain: 128 bits of SHA-256 over the previous
 * link and the fact body. Node only (branch server and head office), so it is not
 * exported from the browser-safe index: import `@lobby/shared/chain-hash`.
 */
export function chainHash(prevHash: string, body: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex').slice(0, 32);
}
