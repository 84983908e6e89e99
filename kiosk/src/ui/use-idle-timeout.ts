import { useEffect, useState } from 'react';

/**
 * Calls `onIdle` after `timeoutMs` without a touch or key; any interaction restarts the
 * count. Returns the seconds left so a screen can show a countdown. null = never idle out.
 */
export function useIdleTimeout(timeoutMs: number | null, onIdle: () => void, resetKey: unknown): number | null {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [nowMs, setNowMs] = useState(() => Date.now());

  useEffect(() => {
    if (timeoutMs === null) {
      setDeadline(null);
      return;
    }
    const restart = () => {
      const t = Date.now();
      setNowMs(t);
      setDeadline(t + timeoutMs);
    };
    restart();
    window.addEventListener('pointerdown', restart, { passive: true });
    window.addEventListener('keydown', restart);
    return () => {
      window.removeEventListener('pointerdown', restart);
      window.removeEventListener('keydown', restart);
    };
  }, [timeoutMs, resetKey]);

  useEffect(() => {
    if (deadline === null) return;
    const tick = setInterval(() => {
      const t = Date.now();
      setNowMs(t);
      if (t >= deadline) {
        clearInterval(tick);
        onIdle();
      }
    }, 500);
    return () => clearInterval(tick);
  }, [deadline, onIdle]);

  return deadline === null ? null : Math.max(0, Math.ceil((deadline - nowMs) / 1000));
}
