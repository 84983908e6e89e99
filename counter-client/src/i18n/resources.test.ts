import { describe, expect, it } from 'vitest';
import { areaResources } from './resources.ts';
import { STAFF_AREAS as AREAS } from '../test/i18n-areas.ts';

/** Every leaf's dotted path. */
const keyPaths = (tree: unknown, prefix = ''): string[] =>
  typeof tree === 'object' && tree !== null
    ? Object.entries(tree).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

describe('i18n key parity (SameKeys)', () => {
  it.each(Object.keys(AREAS))('%s: English has exactly the Chinese keys', (ns) => {
    const area = AREAS[ns]!;
    expect(keyPaths(area.en).sort()).toEqual(keyPaths(area.zh).sort());
  });

  it('a key missing on the English side, or one only English has, does not typecheck', () => {
    // @ts-expect-error: the English side lacks `nested.b`
    const missing = areaResources({ zh: { a: '甲', nested: { b: '乙' } }, en: { a: 'A', nested: {} } });
    // @ts-expect-error: `c` is not a Chinese key
    const extra = areaResources({ zh: { a: '甲' }, en: { a: 'A', c: 'C' } });
    expect(keyPaths(missing.en)).not.toEqual(keyPaths(missing.zh));
    expect(keyPaths(extra.en)).not.toEqual(keyPaths(extra.zh));
  });
});
