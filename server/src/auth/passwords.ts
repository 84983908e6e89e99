import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '@lobby/shared/passwords';

/** The one scrypt password hash (shared with head office), and the constant-time refusal below. */
export { hashPassword, verifyPassword };

let nobodysHash: string | null = null;

/**
 * Verifies against a hash of a random password nobody knows: a login for an unknown or
 * inactive account does the same scrypt work as a real one, so timing lists no accounts.
 * Always false.
 */
export function verifyForNobody(password: string): false {
  nobodysHash ??= hashPassword(randomBytes(24).toString('base64url'));
  verifyPassword(password, nobodysHash);
  return false;
}
