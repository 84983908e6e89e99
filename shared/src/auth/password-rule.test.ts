import { describe, expect, it } from 'vitest';
import { NewPasswordSchema, passwordProblem } from './password-rule.ts';

describe('the password rule', () => {
  it('needs at least 10 characters', () => {
    expect(passwordProblem('Kx9!mQ2#a')).toBe('too_short');
    expect(passwordProblem('Kx9!mQ2#aZ')).toBeNull();
    expect(passwordProblem('柜台密码一二三四五六')).toBeNull();
    expect(passwordProblem('x'.repeat(201))).toBe('too_long');
  });

  it('refuses common passwords whatever their case, and one or two characters repeated', () => {
    for (const p of ['1234567890', 'qwertyuiop', 'Password123', 'WOAINI1314', 'admin12345', 'teller12345'])
      expect(passwordProblem(p), p).toBe('common');
    expect(passwordProblem('ababababab')).toBe('common');
    expect(passwordProblem('zzzzzzzzzzzz')).toBe('common');
  });

  it('refuses a password that contains the user name', () => {
    expect(passwordProblem('zhangwei-2026!', 'zhangwei')).toBe('same_as_username');
    expect(passwordProblem('zhangwei-2026!')).toBeNull();
  });

  it('as a schema, names the problem in the issue', () => {
    const r = NewPasswordSchema.safeParse('short');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('too_short');
    expect(NewPasswordSchema.safeParse('Lobby-Queue-2026').success).toBe(true);
  });
});
