import { describe, expect, it } from 'vitest';
import { BranchConfigSchema, mobileTicketUrl } from '@lobby/shared';
import { demoBranchConfig } from '../../seed/demo-config.ts';

describe('mobile ticket address', () => {
  const withBase = (mobileBaseUrl: string | undefined) => {
    const c = demoBranchConfig();
    return BranchConfigSchema.safeParse({ ...c, branch: { ...c.branch, mobileBaseUrl } });
  };

  it('accepts an http(s) address, empty, or none (configs saved before the setting existed)', () => {
    expect(withBase('https://m.bank.example/branch-0101').success).toBe(true);
    expect(withBase('http://10.1.2.3:3000').success).toBe(true);
    expect(withBase('').success).toBe(true);
    expect(withBase(undefined).success).toBe(true);
  });

  it('refuses what a phone could not open as a base address', () => {
    for (const bad of [
      'm.bank.example',
      'ftp://m.bank.example',
      'javascript:alert(1)',
      'https://m.bank.example/?x=1',
      'https://m.bank.example/#t',
    ]) {
      const r = withBase(bad);
      expect(r.success, bad).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.path).toEqual(['branch', 'mobileBaseUrl']);
    }
  });

  it("joins the ticket path under the base, keeping the base's path; empty falls back to the kiosk's origin", () => {
    expect(mobileTicketUrl('/t/abc', 'https://m.bank.example/branch-0101/', 'http://10.0.0.2:3000')).toBe(
      'https://m.bank.example/branch-0101/t/abc',
    );
    expect(mobileTicketUrl('/t/abc', 'https://m.bank.example', 'http://10.0.0.2:3000')).toBe(
      'https://m.bank.example/t/abc',
    );
    expect(mobileTicketUrl('/t/abc', '', 'http://10.0.0.2:3000')).toBe('http://10.0.0.2:3000/t/abc');
    expect(mobileTicketUrl('/t/abc', undefined, 'http://10.0.0.2:3000')).toBe('http://10.0.0.2:3000/t/abc');
  });
});
