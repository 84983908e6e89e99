import { describe, expect, it } from 'vitest';
import { demoBranchConfig } from '../../seed/demo-config.ts';
import { normaliseVipIdentifier, parseCsv, validateVipRows } from './vip-import-rows.ts';

const tiers = demoBranchConfig().vipTiers;

describe('VIP import rows', () => {
  it('normalises card and phone numbers to digits', () => {
    expect(normaliseVipIdentifier(' 6222 0200-1234 5678 ')).toBe('6222020012345678');
    expect(normaliseVipIdentifier('138-0013-8000')).toBe('13800138000');
    expect(normaliseVipIdentifier('abc123')).toBeNull();
    expect(normaliseVipIdentifier('12')).toBeNull();
  });

  it('skips the header and blank lines, accepts tier ids and names, reports bad rows by file line', () => {
    const csv = [
      '卡号/手机号,等级',
      '6222020012345678,gold',
      '',
      '13800138000,白金卡',
      'not-a-number,gold',
      '13900139000,bronze',
      '6222 0200 1234 5678,diamond',
      '13700137000,Diamond,extra',
    ].join('\r\n');
    const { entries, errors } = validateVipRows(parseCsv(csv), tiers);
    expect(entries).toEqual([
      { line: 2, digits: '6222020012345678', tierId: 'gold' },
      { line: 4, digits: '13800138000', tierId: 'platinum' },
    ]);
    expect(errors.map((e) => e.line)).toEqual([5, 6, 7, 8]);
    expect(errors[1]?.message).toContain('bronze');
    expect(errors[2]?.message).toBe('duplicate of line 2');
  });

  it('parses quoted CSV fields', () => {
    expect(parseCsv('"a,b","say ""hi"""\nc,d')).toEqual([
      ['a,b', 'say "hi"'],
      ['c', 'd'],
    ]);
  });
});
