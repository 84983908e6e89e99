import { describe, expect, it } from 'vitest';
import { demoBranchConfig } from '../../../server/src/seed/demo-config.ts';
import { hardZoneHint } from './lanes.ts';

describe('hard-zone hint (19.14)', () => {
  it('names the fast lane’s businesses as the K list does, from the configuration', () => {
    const config = demoBranchConfig();
    const zh = hardZoneHint(config, 'zh');
    const fastNames = config.businessTypes.filter((b) => b.laneId === 'K' && b.enabled).map((b) => b.name.zh);
    expect(fastNames.length).toBeGreaterThan(0);
    for (const name of fastNames) expect(zh).toContain(name);
    expect(zh).not.toContain('快速现金');
    expect(hardZoneHint(config, 'en')).toContain('Small cash withdrawal');
    // The fast lane's cash business is a quick one: 大额现金 needs a booking.
    expect(fastNames).not.toContain('大额现金');
  });

  it('follows a renamed business at once', () => {
    const config = demoBranchConfig();
    const renamed = {
      ...config,
      businessTypes: config.businessTypes.map((b) =>
        b.id === 'passbook' ? { ...b, name: { zh: '存折业务', en: 'Passbook' } } : b,
      ),
    };
    expect(hardZoneHint(renamed, 'zh')).toContain('存折业务');
    expect(hardZoneHint(renamed, 'zh')).not.toContain('存折补登');
  });
});
