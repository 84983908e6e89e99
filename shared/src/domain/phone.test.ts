import { describe, expect, it } from 'vitest';
import { normalisePhone, PhoneNumberSchema, phoneTail } from './phone.ts';

describe('customer phone numbers', () => {
  it('accepts a mainland mobile number as people type it', () => {
    for (const v of ['13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '8613800138000'])
      expect(normalisePhone(v)).toBe('13800138000');
    expect(PhoneNumberSchema.parse(' 199 1234 5678 ')).toBe('19912345678');
    expect(phoneTail('13800138000')).toBe('8000');
  });

  it('refuses anything else', () => {
    for (const v of ['', '12800138000', '1380013800', '138001380001', '010-12345678', 'abc', '+1 415 555 0100'])
      expect(normalisePhone(v), v).toBeNull();
    expect(PhoneNumberSchema.safeParse('12345').success).toBe(false);
  });

  it('refuses a number with any character but ASCII digits, spaces, dashes and the + of +86', () => {
    for (const v of [
      '138\t0013\t8000',
      '13800138000\n',
      '\uFEFF13800138000',
      '138\u30000013\u30008000',
      '138\u00A00013\u00A08000',
      '138\u20280013 8000',
      '\u200B13800138000',
      '\u202E13800138000',
      '１３８００１３８０００',
      '138\u00000013 8000',
    ])
      expect(PhoneNumberSchema.safeParse(v).success, JSON.stringify(v)).toBe(false);
  });
});
