/**
 * Renders the offline voice clips (display-board/public/voice/<id>.wav) with espeak-ng, on
 * request only: `npm run voice-clips -w display-board`, then commit the clips. They are tracked
 * files, so `npm run build` never runs this (another espeak-ng version would rewrite them); the
 * build ships the committed clips as they are.
 * Words are given as tone-marked pinyin to the `cmn-latn-pinyin` voice because espeak-ng's
 * hanzi dictionary misses common characters (请, 号 …); letters use the `cmn` voice, which
 * says them the way Mandarin speakers do (A → "ei", K → "kei").
 * Clips are mono 11 025 Hz 16-bit with silence trimmed, so all of them fit in ~400 kB.
 * Run: npx tsx display-board/scripts/generate-voice-clips.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIGIT_CLIP_IDS, LETTERS, letterClipId, NOTICE_CLIP_IDS } from '../../shared/src/speech/call-announcement.ts';

const OUT_DIR = resolve(import.meta.dirname, '..', 'public', 'voice');
const TARGET_RATE = 11025;
/**
 * Speaking rate and the pause kept around each word: a call is nine clips back to back, and
 * at 150 wpm with 40 ms either side it took ~4.4 s to say once (~12 s with the chime and a
 * repeat), so the next call waited. At 175 wpm with 20 ms it is ~3.3 s.
 */
const WORDS_PER_MINUTE = 175;
const PAD_SEC = 0.02;

const WORD_PINYIN: Record<string, string> = {
  qing: 'qing3',
  hao: 'hao4',
  dao: 'dao4',
  'hao-chuangkou': 'hao4 chuang1 kou3',
  shi: 'shi2',
  bai: 'bai3',
  [NOTICE_CLIP_IDS.message]: 'da4 tang2 tong1 zhi1, qing3 kan4 ping2 mu4',
  [NOTICE_CLIP_IDS.emergency]: 'jin3 ji2 tong1 zhi1, qing3 zhu4 yi4 ping2 mu4 ti2 shi4',
};
const DIGIT_PINYIN = ['ling2', 'yi1', 'er4', 'san1', 'si4', 'wu3', 'liu4', 'qi1', 'ba1', 'jiu3'];

function espeakAvailable(): boolean {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function render(voice: string, text: string): Buffer {
  return execFileSync('espeak-ng', ['-v', voice, '-s', String(WORDS_PER_MINUTE), '--stdout', text], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** Finds the PCM payload of espeak-ng's 16-bit mono WAV (its data size field is often 0xFFFFFFFF on stdout). */
function pcmOf(wav: Buffer): { rate: number; samples: Int16Array } {
  const rate = wav.readUInt32LE(24);
  let off = 12;
  while (off + 8 <= wav.length) {
    const id = wav.toString('ascii', off, off + 4);
    if (id === 'data') {
      const body = wav.subarray(off + 8);
      const usable = body.length - (body.length % 2);
      const samples = new Int16Array(usable / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = body.readInt16LE(i * 2);
      return { rate, samples };
    }
    off += 8 + wav.readUInt32LE(off + 4);
  }
  throw new Error('no data chunk in espeak-ng output');
}

function trimSilence(s: Int16Array, rate: number): Int16Array {
  const threshold = 400;
  let start = 0;
  let end = s.length;
  while (start < end && Math.abs(s[start] ?? 0) < threshold) start++;
  while (end > start && Math.abs(s[end - 1] ?? 0) < threshold) end--;
  // Keep a short tail so concatenated words do not run into each other.
  const pad = Math.round(rate * PAD_SEC);
  return s.subarray(Math.max(0, start - pad), Math.min(s.length, end + pad));
}

/** Integer-ratio decimation with a box filter: enough for speech at 11 kHz. */
function downsample(s: Int16Array, rate: number): Int16Array {
  const ratio = Math.max(1, Math.round(rate / TARGET_RATE));
  const out = new Int16Array(Math.floor(s.length / ratio));
  for (let i = 0; i < out.length; i++) {
    let sum = 0;
    for (let j = 0; j < ratio; j++) sum += s[i * ratio + j] ?? 0;
    out[i] = Math.round(sum / ratio);
  }
  return out;
}

function wavFile(samples: Int16Array, rate: number): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((v, i) => data.writeInt16LE(v, i * 2));
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(rate, 24);
  h.writeUInt32LE(rate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

function clipSources(): [string, string, string][] {
  return [
    ...Object.entries(WORD_PINYIN).map(([id, py]): [string, string, string] => [id, 'cmn-latn-pinyin', py]),
    ...DIGIT_CLIP_IDS.map((id, i): [string, string, string] => [id, 'cmn-latn-pinyin', DIGIT_PINYIN[i] ?? '']),
    ...LETTERS.map((l): [string, string, string] => [letterClipId(l), 'cmn', l]),
  ];
}

function main(): void {
  if (!espeakAvailable()) {
    const have = existsSync(join(OUT_DIR, 'qing.wav'));
    console.error(
      `espeak-ng not found (apt-get install -y espeak-ng): ${have ? 'the committed voice clips are unchanged' : 'NO voice clips'}`,
    );
    process.exitCode = 1;
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  let total = 0;
  for (const [id, voice, text] of clipSources()) {
    const { rate, samples } = pcmOf(render(voice, text));
    const file = wavFile(
      downsample(trimSilence(samples, rate), rate),
      Math.round(rate / Math.max(1, Math.round(rate / TARGET_RATE))),
    );
    writeFileSync(join(OUT_DIR, `${id}.wav`), file);
    total += file.length;
  }
  console.log(`voice clips written to ${OUT_DIR} (${Math.round(total / 1024)} kB): review and commit them`);
}

main();
