/** Web Speech voice, used when the browser has a Mandarin (zh-CN) voice installed. */
export class SpeechBlockedError extends Error {}

export class SpeechVoice {
  private readonly synth: SpeechSynthesis | undefined;

  constructor(synth: SpeechSynthesis | undefined) {
    this.synth = synth;
  }

  /** The zh-CN voice if there is one (voices may load late, so this is asked every time). */
  voice(): SpeechSynthesisVoice | null {
    if (!this.synth) return null;
    const voices = this.synth.getVoices();
    return (
      voices.find((v) => v.lang.replace('_', '-').toLowerCase() === 'zh-cn') ??
      voices.find((v) => v.lang.toLowerCase().startsWith('zh')) ??
      null
    );
  }

  say(text: string, volume: number, rate: number): Promise<void> {
    const synth = this.synth;
    const voice = this.voice();
    if (!synth || !voice) return Promise.reject(new Error('no zh-CN voice'));
    return new Promise((resolve, reject) => {
      // Chrome sometimes never fires onend; the hall must not go silent for good because of it.
      const guard = setTimeout(
        () => {
          synth.cancel();
          resolve();
        },
        4000 + (text.length * 450) / rate,
      );
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.volume = volume;
      u.rate = rate;
      u.onend = () => {
        clearTimeout(guard);
        resolve();
      };
      u.onerror = (e) => {
        clearTimeout(guard);
        reject(e.error === 'not-allowed' ? new SpeechBlockedError(e.error) : new Error(e.error));
      };
      synth.speak(u);
    });
  }
}
