import type { Logger } from 'pino';

/** A fixed-interval timer whose work never overlaps and whose errors are logged, not thrown. */
export function startTicker(intervalMs: number, work: () => void, logger: Logger): () => void {
  const timer = setInterval(() => {
    try {
      work();
    } catch (err) {
      logger.error({ err }, 'tick failed');
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
