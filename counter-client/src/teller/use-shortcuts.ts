import { useEffect, useRef } from 'react';

/**
 * Function-key shortcuts for the counter. Bound once on window; the latest handlers are
 * read through a ref so re-renders never re-bind. The mapped F-keys never reach the
 * browser (F1 help, F5 reload, F7 caret browsing).
 */
export function useShortcuts(handlers: Record<string, () => void>, enabled: boolean): void {
  const latest = useRef({ handlers, enabled });
  latest.current = { handlers, enabled };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const handler = latest.current.handlers[e.key];
      if (!handler) return;
      // Even when disabled (a dialog is open) F5 must not reload the counter mid-customer.
      e.preventDefault();
      if (latest.current.enabled && !e.repeat) handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
