import { useEffect, useRef } from 'react';

const FUNCTION_KEY = /^F([1-9]|1[0-2])$/;

/**
 * Every function key is the counter's, on every counter screen (with or without a counter,
 * with a dialog open or not): none reaches the browser — F1 would open help, F5 reload the
 * page mid-customer, F7 caret browsing, F10 the menu, F11 full screen, F12 the dev tools.
 * Capture phase on window, so no component in between can let one through.
 */
export function useCaptureFunctionKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (FUNCTION_KEY.test(e.key)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

/**
 * Function-key shortcuts for the counter. Bound once on window; the latest handlers are
 * read through a ref so re-renders never re-bind.
 */
export function useShortcuts(handlers: Record<string, () => void>, enabled: boolean): void {
  const latest = useRef({ handlers, enabled });
  latest.current = { handlers, enabled };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const handler = latest.current.handlers[e.key];
      if (!handler) return;
      e.preventDefault();
      if (latest.current.enabled && !e.repeat) handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
