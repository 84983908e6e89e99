import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { branchSecret } from './branch-secrets.ts';
import type { Db } from './database.ts';
import type { VipRegistry } from './vip-registry.ts';

/**
 * Customers' contact details as the branch keeps them: a phone number is looked up by its
 * HMAC (the VIP registry's key, so both lookups agree), and kept readable only as an
 * AES-256-GCM sealed copy, while a text message still has to reach it. A Web Push
 * subscription is sealed the same way. The key never leaves this database.
 */
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class CustomerVault {
  private readonly key: Buffer;

  private readonly identifiers: VipRegistry;

  constructor(db: Db, identifiers: VipRegistry) {
    this.identifiers = identifiers;

    this.key = Buffer.from(
      branchSecret(db, 'contact_seal_key', () => randomBytes(32).toString('base64')),
      'base64',
    );
  }

  /** Lookup key of a normalised phone number. */
  phoneHash(phone: string): string {
    return this.identifiers.hash(phone);
  }

  /** A keyed hash of a secret the branch checks but never keeps (a verification code). */
  mac(value: string): string {
    return createHmac('sha256', this.key).update(value).digest('hex');
  }

  seal(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  /** The plain text, or null when the sealed value was tampered with or sealed with another key. */
  open(sealed: string): string | null {
    try {
      const raw = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv(ALGORITHM, this.key, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
