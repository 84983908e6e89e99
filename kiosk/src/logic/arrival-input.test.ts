import { describe, expect, it } from 'vitest';
import { pressArrivalKey, scanKey, shownArrivalDigits, typedArrivalQuery } from './arrival-input.ts';

describe('kiosk arrival input', () => {
  it('takes digits up to a mobile number, with clear and delete', () => {
    let d = '';
    for (const k of '138001380001234') d = pressArrivalKey(d, k);
    expect(d).toBe('13800138000');
    expect(pressArrivalKey(d, 'back')).toBe('1380013800');
    expect(pressArrivalKey(d, 'clear')).toBe('');
    expect(pressArrivalKey('12', 'x')).toBe('12');
  });

  it('asks the server only for a six-digit code or an eleven-digit mobile number', () => {
    expect(typedArrivalQuery('123456')).toBe('123456');
    expect(typedArrivalQuery('13800138000')).toBe('13800138000');
    expect(typedArrivalQuery('12345')).toBeNull();
    expect(typedArrivalQuery('1234567')).toBeNull();
    expect(typedArrivalQuery('23800138000')).toBeNull();
  });

  it('shows a code in full and hides the middle of a phone number', () => {
    expect(shownArrivalDigits('123456')).toBe('123456');
    expect(shownArrivalDigits('13800138000')).toBe('138●●●●8000');
    expect(shownArrivalDigits('1380013')).toBe('138●●●●');
  });

  it('collects a scanner’s keystrokes until Enter and ignores function keys', () => {
    let buffer = '';
    let scanned: string | null = null;
    for (const key of [...'http://branch.lan/b/abc', 'Shift', 'Enter']) ({ buffer, scanned } = scanKey(buffer, key));
    expect(scanned).toBe('http://branch.lan/b/abc');
    expect(buffer).toBe('');
    expect(scanKey('', 'Enter').scanned).toBeNull();
  });
});
