import { randomInt } from 'node:crypto';
import { passwordProblem } from '@lobby/shared';

/** Letters and digits that cannot be mistaken for one another when read off a screen. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY23456789';

/**
 * A password for someone to type once and then replace: 4 groups of 4 (≈ 90 bits), e.g.
 * `k7Qm-ve3T-…`. Always passes the password rule.
 */
export function oneTimePassword(): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () =>
      Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    );
    const password = groups.join('-');
    if (passwordProblem(password) === null) return password;
  }
}
