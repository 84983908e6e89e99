import { describe, expect, it } from 'vitest';
import { canSubmitVip, maskDigits, pressKey, VIP_MAX_DIGITS } from './vip-keypad.ts';

describe('VIP keypad', () => {
  it('takes digits, deletes and clears', () => {
    let v = '';
    for (const k of ['1', '3', '8', 'x', '0']) v = pressKey(v, k);
    expect(v).toBe('1380');
    expect(pressKey(v, 'back')).toBe('138');
    expect(pressKey(v, 'clear')).toBe('');
  });

  it('stops at the longest card number', () => {
    let v = '';
    for (let i = 0; i < 30; i++) v = pressKey(v, '9');
    expect(v).toHaveLength(VIP_MAX_DIGITS);
  });

  it('accepts a phone number or a card number', () => {
    expect(canSubmitVip('1380000000')).toBe(false);
    expect(canSubmitVip('13800000001')).toBe(true);
    expect(canSubmitVip('6222020000000001')).toBe(true);
  });

  it('never shows the digits themselves', () => {
    expect(maskDigits('13800000001')).toBe('●'.repeat(11));
    expect(maskDigits('13800000001')).not.toMatch(/\d/);
  });
});
