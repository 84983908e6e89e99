/** The two-tone "ding-dong" before every announcement, synthesised so it needs no file. */
export async function playChime(ctx: AudioContext, volume: number): Promise<void> {
  const notes: [number, number][] = [
    [880, 0],
    [659.25, 0.45],
  ];
  const start = ctx.currentTime + 0.05;
  const duration = 0.9;
  for (const [freq, offset] of notes) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    const t = start + offset;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(Math.max(0.0002, 0.5 * volume), t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + duration);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + duration + 0.05);
  }
  await waitFor(ctx, start + 0.45 + duration + 0.1);
}

/** Waits until the context clock reaches `until`, with a wall-clock bound in case it stalls. */
export function waitFor(ctx: AudioContext, until: number): Promise<void> {
  const ms = Math.max(0, (until - ctx.currentTime) * 1000);
  return new Promise((resolve) => setTimeout(resolve, ms + 20));
}
