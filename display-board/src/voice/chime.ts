/** The two-tone "ding-dong" before every announcement, synthesised so it needs no file. */
const NOTES: [number, number][] = [
  [880, 0],
  [659.25, 0.28],
];
const DECAY_SEC = 0.55;
/**
 * How long the chime holds the words back: the second tone has sounded, its tail runs under
 * the first word. (It was 1.5 s; with nine word clips and a repeat a call took ~12 s.)
 */
export const CHIME_SEC = 0.05 + 0.28 + 0.32;

export async function playChime(ctx: AudioContext, volume: number): Promise<number> {
  const start = ctx.currentTime + 0.05;
  for (const [freq, offset] of NOTES) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    const t = start + offset;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(Math.max(0.0002, 0.5 * volume), t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + DECAY_SEC);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + DECAY_SEC + 0.05);
  }
  await waitFor(ctx, start - 0.05 + CHIME_SEC);
  return CHIME_SEC;
}

/** Waits until the context clock reaches `until`, with a wall-clock bound in case it stalls. */
export function waitFor(ctx: AudioContext, until: number): Promise<void> {
  const ms = Math.max(0, (until - ctx.currentTime) * 1000);
  return new Promise((resolve) => setTimeout(resolve, ms + 20));
}
