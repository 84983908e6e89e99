/**
 * Offline voice: pre-rendered clips (public/voice/<id>.wav, made by
 * scripts/generate-voice-clips.ts) played back to back on the AudioContext. Used whenever
 * the browser has no zh-CN speech voice — headless Chromium and most TV browsers.
 */
import { waitFor } from './chime.ts';

export class ClipVoice {
  private readonly buffers = new Map<string, Promise<AudioBuffer>>();

  private readonly baseUrl: string;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  private load(ctx: AudioContext, id: string): Promise<AudioBuffer> {
    let p = this.buffers.get(id);
    if (!p) {
      p = fetch(`${this.baseUrl}voice/${id}.wav`)
        .then((r) => {
          if (!r.ok) throw new Error(`voice clip ${id}: HTTP ${r.status}`);
          return r.arrayBuffer();
        })
        .then((bytes) => ctx.decodeAudioData(bytes));
      // A failed fetch is retried next time instead of being cached forever.
      p.catch(() => this.buffers.delete(id));
      this.buffers.set(id, p);
    }
    return p;
  }

  /** Loads every clip up front so the first call is not delayed by the network. */
  async preload(ctx: AudioContext, ids: string[]): Promise<void> {
    await Promise.allSettled(ids.map((id) => this.load(ctx, id)));
  }

  /** Plays the clips back to back; resolves with the seconds of audio it scheduled. */
  async say(ctx: AudioContext, clips: string[], volume: number, rate: number): Promise<number> {
    const buffers = await Promise.all(clips.map((id) => this.load(ctx, id)));
    const gain = ctx.createGain();
    gain.gain.value = volume;
    gain.connect(ctx.destination);
    const start = ctx.currentTime + 0.05;
    let t = start;
    for (const buffer of buffers) {
      const src = ctx.createBufferSource();
      src.buffer = buffer;
      src.playbackRate.value = rate;
      src.connect(gain);
      src.start(t);
      t += buffer.duration / rate;
    }
    await waitFor(ctx, t);
    gain.disconnect();
    return t - start;
  }
}
