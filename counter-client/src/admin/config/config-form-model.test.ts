import { describe, expect, it } from 'vitest';
import { BranchConfigSchema } from '@lobby/shared';
import { demoBranchConfig } from '../../../../server/src/seed/demo-config.ts';
import { configToForm, formPathOf, formToConfig, splitIssues } from './config-form-model.ts';

describe('config form model', () => {
  it('round-trips the demo config unchanged', () => {
    const config = demoBranchConfig();
    expect(formToConfig(configToForm(config))).toEqual(config);
  });

  it('edits materials as lines and lunch as a switch', () => {
    const form = configToForm(demoBranchConfig());
    form.businessTypes[0]!.materials = { zh: '身份证\n\n银行卡', en: 'ID\n\nCard' };
    form.hours.lunchEnabled = true;
    form.hours.lunchStart = '12:00';
    form.hours.lunchEnd = '13:30';
    const config = formToConfig(form);
    expect(config.businessTypes[0]!.materials).toEqual([
      { zh: '身份证', en: 'ID' },
      { zh: '银行卡', en: 'Card' },
    ]);
    expect(config.hours.lunch).toEqual({ start: '12:00', end: '13:30' });
    expect(BranchConfigSchema.safeParse(config).success).toBe(true);
  });

  it('keeps what the VIP check proves on the same material when the lines are reordered or one is removed', () => {
    const config = demoBranchConfig();
    const vip = config.businessTypes.findIndex((b) => b.metByVipCheck?.length);
    expect(config.businessTypes[vip]!.metByVipCheck).toEqual([0]);
    const form = configToForm(config);
    expect(form.businessTypes[vip]!.vipCheckMaterials).toEqual(['贵宾卡或本人有效身份证件']);
    // The admin puts a new line first: the card/ID is now the second material.
    form.businessTypes[vip]!.materials = {
      zh: '预约码\n贵宾卡或本人有效身份证件',
      en: 'Booking code\nVIP card or valid ID',
    };
    const moved = formToConfig(form);
    expect(moved.businessTypes[vip]!.metByVipCheck).toEqual([1]);
    expect(BranchConfigSchema.safeParse(moved).success).toBe(true);
    // The admin removes the card/ID line: nothing is left for the check to prove.
    form.businessTypes[vip]!.materials = { zh: '预约码', en: 'Booking code' };
    const removed = formToConfig(form);
    expect(removed.businessTypes[vip]!.metByVipCheck).toBeUndefined();
    expect(BranchConfigSchema.safeParse(removed).success).toBe(true);
  });

  it('refuses a VIP-check position with no material there', () => {
    const config = demoBranchConfig();
    const vip = config.businessTypes.findIndex((b) => b.metByVipCheck?.length);
    config.businessTypes[vip]!.metByVipCheck = [3];
    const parsed = BranchConfigSchema.safeParse(config);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual([`businessTypes.${vip}.metByVipCheck.0`]);
    expect(formPathOf(`businessTypes.${vip}.metByVipCheck.0`)).toEqual(['businessTypes', vip, 'vipCheckMaterials']);
  });

  it('maps schema issue paths onto form fields', () => {
    expect(formPathOf('lanes.1.maxWaitMin')).toEqual(['lanes', 1, 'maxWaitMin']);
    expect(formPathOf('businessTypes.2.materials.0.en')).toEqual(['businessTypes', 2, 'materials', 'en']);
    expect(formPathOf('hours.lunch.end')).toEqual(['hours', 'lunchEnd']);
    expect(formPathOf('counters.0.laneIds.1')).toEqual(['counters', 0, 'laneIds']);
    const { fields, general } = splitIssues([
      { path: 'lanes.1.maxWaitMin', message: 'max wait below target' },
      { path: 'lanes', message: 'duplicate id A' },
    ]);
    expect(fields).toEqual([{ name: ['lanes', 1, 'maxWaitMin'], errors: ['max wait below target'] }]);
    expect(general.map((g) => g.message)).toEqual(['duplicate id A']);
  });
});
