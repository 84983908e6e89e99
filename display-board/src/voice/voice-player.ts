/**
 * Plays one announcement to its end: chime, then the words `repeat` times, through Web
 * Speech when a zh-CN voice exists and the offline clips otherwise. Free-form text (hall
 * messages, emergency) has no clips of its own: without a speech voice the hall hears a
 * generic "please read the screen" clip and the text stays on screen.
 */
import type { VoiceSettings } from '@lobby/shared';
import type { Announcement } from './announcement.ts';
import type { AnnouncementPlayer, PlayOutcome } from './announcement-queue.ts';
import type { AudioOutput } from './audio-output.ts';
import { playChime } from './chime.ts';
import type { ClipVoice } from './clip-voice.ts';
import { SpeechBlockedError, type SpeechVoice } from './speech-voice.ts';

const PAUSE_BETWEEN_REPEATS_MS = 500;

export interface VoicePlayerDeps {
  output: AudioOutput;
  speech: SpeechVoice;
  clips: ClipVoice;
  settings: () => VoiceSettings;
  onBlocked: (blocked: boolean) => void;
}

export class VoicePlayer implements AnnouncementPlayer {
  private readonly deps: VoicePlayerDeps;

  constructor(deps: VoicePlayerDeps) {
    this.deps = deps;
  }

  engineName(a: Announcement): string {
    if (this.deps.speech.voice()) return 'speech';
    if (a.clips) return 'clips';
    return a.fallbackClips ? 'generic-clips' : 'chime-only';
  }

  /**
   * `audioMs`: the length of the audio it scheduled (chime, words, pauses between repeats),
   * from the clips themselves, whatever the machine's load; null when Web Speech said it.
   */
  async play(a: Announcement): Promise<{ outcome: PlayOutcome; engine: string; audioMs: number | null }> {
    const { output, speech, clips, settings, onBlocked } = this.deps;
    const engine = this.engineName(a);
    if (!(await output.ensureRunning())) {
      onBlocked(true);
      return { outcome: 'blocked', engine, audioMs: null };
    }
    onBlocked(false);
    const { volume, rate, chime } = settings();
    const ctx = output.context;
    let audioSec = chime ? await playChime(ctx, volume) : 0;
    for (let i = 0; i < Math.max(1, a.repeat); i++) {
      if (i > 0) {
        await new Promise((r) => setTimeout(r, PAUSE_BETWEEN_REPEATS_MS));
        audioSec += PAUSE_BETWEEN_REPEATS_MS / 1000;
      }
      if (engine === 'speech') {
        try {
          await speech.say(a.text, volume, rate);
        } catch (err) {
          if (err instanceof SpeechBlockedError) {
            onBlocked(true);
            return { outcome: 'blocked', engine, audioMs: null };
          }
          throw err;
        }
      } else if (engine === 'clips' && a.clips) {
        audioSec += await clips.say(ctx, a.clips, volume, rate);
      } else if (engine === 'generic-clips' && a.fallbackClips) {
        audioSec += await clips.say(ctx, a.fallbackClips, volume, rate);
      }
    }
    return { outcome: 'spoken', engine, audioMs: engine === 'speech' ? null : Math.round(audioSec * 1000) };
  }
}
