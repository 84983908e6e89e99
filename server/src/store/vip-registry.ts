import { createHmac, randomBytes } from 'node:crypto';
import { branchSecret } from './branch-secrets.ts';
import type { Db } from './database.ts';

/** The HMAC key of card and phone numbers; customers' phones (bookings) are hashed with it too. */
export const IDENTIFIER_HMAC_KEY = 'vip_hmac_key';

/**
 * VIP registry. Card and phone numbers are never stored: only HMAC-SHA256 of the
 * normalised identifier (digits only) with a per-branch secret kept in this database,
 * so a stolen table cannot be reversed by hashing every phone number.
 */
export function normaliseIdentifier(identifier: string): string {
  return identifier.replace(/\D/g, '');
}

/** A random 32-byte key of this branch, made on first use. */
function branchKey(db: Db, name: string): Buffer {
  return Buffer.from(
    branchSecret(db, name, () => randomBytes(32).toString('base64')),
    'base64',
  );
}

export class VipRegistry {
  private readonly key: Buffer;
  /** Signs the VIP proofs vip:lookup hands to a device (its own secret, never the identifier key). */
  readonly proofKey: Buffer;

  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
    this.key = branchKey(db, IDENTIFIER_HMAC_KEY);
    this.proofKey = branchKey(db, 'vip_proof_key');
  }

  hash(identifier: string): string {
    return createHmac('sha256', this.key).update(normaliseIdentifier(identifier)).digest('hex');
  }

  /** The tier registered for an identifier hash, or null. */
  tierOf(hash: string): string | null {
    const row = this.db.prepare('SELECT tier_id FROM vip_customers WHERE identifier_hash = ?').get(hash) as
      { tier_id: string } | undefined;
    return row?.tier_id ?? null;
  }

  /** The tier of a card/phone number, or null when unknown. */
  lookup(identifier: string): { tierId: string; hash: string } | null {
    const hash = this.hash(identifier);
    const tierId = this.tierOf(hash);
    return tierId === null ? null : { tierId, hash };
  }

  proofUsed(nonce: string): boolean {
    return this.db.prepare('SELECT 1 FROM vip_proof_uses WHERE nonce = ?').get(nonce) !== undefined;
  }

  /** Marks a proof used by a ticket (in the transaction). */
  useProof(nonce: string, ticketId: string, now: number): void {
    this.db
      .prepare('INSERT INTO vip_proof_uses (nonce, ticket_id, used_at) VALUES (?, ?, ?)')
      .run(nonce, ticketId, now);
  }

  /** Used proofs older than any live proof can go. */
  purgeProofUses(olderThan: number): number {
    return this.db.prepare('DELETE FROM vip_proof_uses WHERE used_at < ?').run(olderThan).changes;
  }

  upsert(identifier: string, tierId: string, now: number): void {
    this.db
      .prepare(
        'INSERT INTO vip_customers (identifier_hash, tier_id, created_at) VALUES (?, ?, ?) ON CONFLICT (identifier_hash) DO UPDATE SET tier_id = excluded.tier_id',
      )
      .run(this.hash(identifier), tierId, now);
  }

  remove(identifier: string): boolean {
    return (
      this.db.prepare('DELETE FROM vip_customers WHERE identifier_hash = ?').run(this.hash(identifier)).changes === 1
    );
  }

  /** Empties the registry (an import that replaces it, in the import's transaction). */
  clear(): void {
    this.db.prepare('DELETE FROM vip_customers').run();
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM vip_customers').get() as { n: number }).n;
  }

  /** Registered customers per tier, by tier id. */
  countByTier(): { tierId: string; count: number }[] {
    return this.db
      .prepare('SELECT tier_id AS tierId, COUNT(*) AS count FROM vip_customers GROUP BY tier_id ORDER BY tier_id')
      .all() as { tierId: string; count: number }[];
  }

  /** Links an issued ticket to the identifier hash (purged with purgeTicketIdentifiers). */
  linkTicket(ticketId: string, hash: string, now: number): void {
    this.db
      .prepare('INSERT INTO ticket_identifiers (ticket_id, identifier_hash, created_at) VALUES (?, ?, ?)')
      .run(ticketId, hash, now);
  }

  /** Retention: the ticket ↔ identifier links created before the cut-off; returns how many. */
  purgeTicketIdentifiers(olderThan: number): number {
    return this.db.prepare('DELETE FROM ticket_identifiers WHERE created_at < ?').run(olderThan).changes;
  }
}
