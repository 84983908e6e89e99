import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allClipIds } from '@lobby/shared';

const ROOT = resolve(import.meta.dirname, '..');
const VOICE_DIR = join(ROOT, 'public', 'voice');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

describe('offline voice clips', () => {
  it('npm run build never regenerates the tracked public/voice/*.wav (only npm run voice-clips does)', () => {
    // npm runs prebuild, build and postbuild for `npm run build`.
    const buildSteps = ['prebuild', 'build', 'postbuild'].map((name) => scripts[name] ?? '').join(' && ');
    expect(buildSteps).not.toContain('generate-voice-clips');
    expect(scripts['voice-clips']).toContain('generate-voice-clips');
  });

  it('every clip an announcement can use is committed, so the build ships them as they are', () => {
    const missing = allClipIds().filter((id) => {
      const file = join(VOICE_DIR, `${id}.wav`);
      return !existsSync(file) || statSync(file).size <= 44;
    });
    expect(missing).toEqual([]);
  });
});
