import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { HQ_NODE_FLAGS } from './node-flags.ts';

it('npm run hq and npm run bench:hq start node with head office flags', () => {
  const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  for (const script of ['hq', 'bench:hq', 'bench:hq:profile'])
    expect(pkg.scripts[script], script).toContain(`node ${HQ_NODE_FLAGS.join(' ')} --import tsx `);
});
