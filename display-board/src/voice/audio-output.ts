/**
 * The one AudioContext of the screen, and whether the browser lets it make sound.
 * Unattended screens run Chromium with --autoplay-policy=no-user-gesture-required; without
 * it the context stays suspended until someone taps, which the screen must say.
 */
export class AudioOutput {
  private ctx: AudioContext | null = null;

  get context(): AudioContext {
    this.ctx ??= new AudioContext();
    return this.ctx;
  }

  /** True when sound can play now; tries to resume a suspended context first. */
  async ensureRunning(timeoutMs = 600): Promise<boolean> {
    const ctx = this.context;
    if (ctx.state === 'running') return true;
    // resume() never settles while autoplay is blocked, so it is raced against a timer.
    await Promise.race([ctx.resume().catch(() => undefined), new Promise((r) => setTimeout(r, timeoutMs))]);
    return (ctx.state as AudioContextState) === 'running';
  }

  /** Called from a tap: a user gesture is what unblocks a suspended context. */
  async unlock(): Promise<boolean> {
    const ctx = this.context;
    await ctx.resume().catch(() => undefined);
    return ctx.state === 'running';
  }
}
