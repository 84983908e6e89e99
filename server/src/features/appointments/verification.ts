import { fail, rateLimited, type Failure, type UiLanguage, type VerificationSent } from '@lobby/shared';
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../context/app-context.ts';
import { newId } from '../../auth/tokens.ts';
import type { VerificationRecord } from '../../store/verification-store.ts';

/**
 * Text-message verification before a booking or a phone ticket holds: a six-digit code sent
 * to the phone, valid a few minutes, a few tries. Only the code's keyed hash is stored.
 * Per phone: one code a minute and a handful a day, counted in the database.
 */
export const CODE_TTL_MS = 5 * 60_000;
export const RESEND_AFTER_MS = 60_000;
const CODES_PER_PHONE_PER_DAY = 8;
const MAX_ATTEMPTS = 5;
const DAY_MS = 24 * 60 * 60_000;

export function sendVerificationCode(
  ctx: AppContext,
  req: { phone: string; purpose: string; lang: UiLanguage },
): VerificationSent | Failure {
  if (!ctx.messaging.available()) return fail('MESSAGING_UNAVAILABLE');
  const { store } = ctx;
  const now = ctx.clock();
  const phoneHash = store.vault.phoneHash(req.phone);
  const sent = store.verifications.sentSince(phoneHash, now - DAY_MS);
  if (sent.last !== null && now - sent.last < RESEND_AFTER_MS) return rateLimited(sent.last + RESEND_AFTER_MS - now);
  if (sent.count >= CODES_PER_PHONE_PER_DAY) return rateLimited(DAY_MS);
  const id = newId('vc');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const phoneSealed = store.vault.seal(req.phone);
  const record: VerificationRecord = {
    id,
    purpose: req.purpose,
    phoneHash,
    phoneSealed,
    codeHash: store.vault.mac(`${id}:${code}`),
    attempts: 0,
    createdAt: now,
    expiresAt: now + CODE_TTL_MS,
  };
  store.db
    .transaction(() => {
      store.verifications.insert(record);
      ctx.messaging.queue(
        store,
        {
          kind: 'verification_code',
          phoneSealed,
          phoneTail: req.phone.slice(-4),
          lang: req.lang,
          params: { code, minutes: String(CODE_TTL_MS / 60_000) },
        },
        now,
      );
    })
    .immediate();
  return { verificationId: id, expiresAt: record.expiresAt, resendAfterSec: RESEND_AFTER_MS / 1000 };
}

export interface Verified {
  id: string;
  phoneHash: string;
  phoneSealed: string;
  phoneTail: string;
}

/**
 * Checks a code (a wrong one counts against its tries). The caller's transaction must still
 * find the code there and consume it (`stillValid`), so one code holds one booking.
 */
export function checkVerificationCode(ctx: AppContext, id: string, code: string, purpose: string): Verified | Failure {
  const { store } = ctx;
  const v = store.verifications.byId(id);
  const now = ctx.clock();
  if (!v || v.purpose !== purpose || now > v.expiresAt || v.attempts >= MAX_ATTEMPTS)
    return fail('VERIFICATION_EXPIRED');
  const expected = Buffer.from(v.codeHash, 'hex');
  const given = Buffer.from(store.vault.mac(`${id}:${code}`), 'hex');
  if (!timingSafeEqual(expected, given)) {
    store.verifications.countAttempt(id);
    return fail('VERIFICATION_FAILED');
  }
  const phone = store.vault.open(v.phoneSealed);
  if (phone === null) return fail('VERIFICATION_EXPIRED');
  return { id, phoneHash: v.phoneHash, phoneSealed: v.phoneSealed, phoneTail: phone.slice(-4) };
}

/** Inside the deciding transaction: the code was not used by a request that got there first. */
export function stillValid(ctx: AppContext, id: string): boolean {
  return ctx.store.verifications.byId(id) !== null;
}
