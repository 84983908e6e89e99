import type { Logger } from 'pino';

/** A fixed-interval timer whose work never overlaps and whose errors are logged, not thrown. */
export function startTicker(intervalMs: number, work: () => void | Promise<void>, logger: Logger): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    Promise.resolve()
      .then(work)
      .catch((err: unknown) => logger.error({ err }, 'tick failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
