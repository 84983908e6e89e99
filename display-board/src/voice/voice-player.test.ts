import { describe, expect, it } from 'vitest';
import type { VoiceSettings } from '@lobby/shared';
import type { Announcement } from './announcement.ts';
import type { AudioOutput } from './audio-output.ts';
import type { ClipVoice } from './clip-voice.ts';
import { SpeechBlockedError, type SpeechVoice } from './speech-voice.ts';
import { VoicePlayer } from './voice-player.ts';

/** Engine choice, repeats and the blocked state, with the browser audio APIs faked out. */
function setup(opts: { running?: boolean; hasVoice?: boolean; speechError?: Error } = {}) {
  const said: string[] = [];
  const played: string[][] = [];
  const blocked: boolean[] = [];
  const settings: VoiceSettings = { enabled: true, repeat: 2, volume: 0.8, rate: 0.9, chime: false };
  const output = {
    context: {} as AudioContext,
    ensureRunning: async () => opts.running ?? true,
  } as unknown as AudioOutput;
  const speech = {
    voice: () => (opts.hasVoice ? ({ lang: 'zh-CN' } as SpeechSynthesisVoice) : null),
    say: async (text: string) => {
      if (opts.speechError) throw opts.speechError;
      said.push(text);
    },
  } as unknown as SpeechVoice;
  const clips = {
    // Each clip a quarter of a second of audio.
    say: async (_ctx: AudioContext, ids: string[]) => {
      played.push(ids);
      return ids.length * 0.25;
    },
  } as unknown as ClipVoice;
  const player = new VoicePlayer({
    output,
    speech,
    clips,
    settings: () => settings,
    onBlocked: (b) => blocked.push(b),
  });
  return { player, said, played, blocked };
}

const call: Announcement = {
  kind: 'call',
  text: '请 A 零 零 一 号 到 3 号窗口',
  clips: ['qing', 'letter-a'],
  repeat: 2,
};
const message: Announcement = {
  kind: 'message',
  text: '请保管好随身物品',
  clips: null,
  fallbackClips: ['notice-message'],
  repeat: 1,
};

describe('VoicePlayer', () => {
  it('speaks through Web Speech when a zh-CN voice exists, repeat times', async () => {
    const { player, said, played } = setup({ hasVoice: true });
    expect(await player.play(call)).toEqual({ outcome: 'spoken', engine: 'speech', audioMs: null });
    expect(said).toEqual([call.text, call.text]);
    expect(played).toEqual([]);
  });

  it('falls back to the clips without a voice, and to the generic clip for free text', async () => {
    const { player, said, played } = setup();
    // Two clips twice, and the pause between the repeats: the length of the audio, not of the wait.
    expect(await player.play(call)).toEqual({ outcome: 'spoken', engine: 'clips', audioMs: 1500 });
    expect(await player.play(message)).toEqual({ outcome: 'spoken', engine: 'generic-clips', audioMs: 250 });
    expect(said).toEqual([]);
    expect(played).toEqual([['qing', 'letter-a'], ['qing', 'letter-a'], ['notice-message']]);
  });

  it('reports blocked audio instead of waiting for it', async () => {
    const { player, played, blocked } = setup({ running: false });
    expect(await player.play(call)).toEqual({ outcome: 'blocked', engine: 'clips', audioMs: null });
    expect(played).toEqual([]);
    expect(blocked).toEqual([true]);
  });

  it('treats a speech "not-allowed" error as blocked', async () => {
    const { player, blocked } = setup({ hasVoice: true, speechError: new SpeechBlockedError('not-allowed') });
    expect(await player.play(call)).toEqual({ outcome: 'blocked', engine: 'speech', audioMs: null });
    expect(blocked).toEqual([false, true]);
  });
});
