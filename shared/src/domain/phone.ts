import { z } from 'zod';

/**
 * Customers' mobile numbers (mainland China, 11 digits from 1[3-9]), as typed: ASCII digits,
 * spaces and dashes and a +86 / 86 prefix, nothing else. No tab, line break, BOM, no-break or
 * ideographic space, zero-width or direction character (they would reach the SMS gateway's
 * request and the logs around it). The server keeps only an HMAC (lookup) and, while a reminder
 * still needs it, an encrypted copy; no surface ever shows more than the last four digits.
 */
export function normalisePhone(input: string): string | null {
  if (!/^ *\+?[0-9 -]+$/.test(input)) return null;
  const digits = input.replace(/[ -]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

export const PhoneNumberSchema = z
  .string()
  .max(20)
  .transform((v, ctx) => {
    const phone = normalisePhone(v);
    if (phone === null) {
      ctx.addIssue({ code: 'custom', message: 'not a mobile number' });
      return z.NEVER;
    }
    return phone;
  });

/** 尾号: the last four digits, which staff may see to confirm a customer. */
export function phoneTail(phone: string): string {
  return phone.slice(-4);
}
