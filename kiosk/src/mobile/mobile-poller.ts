import { fetchMobileTicket, FINAL_POLL_MS, isFinalStatus, POLL_MS } from './mobile-api.ts';
import { applyFetchResult, type MobileStore } from './mobile-store.ts';

/**
 * Live updates without a socket (public pages get no device token): poll every 5 s, and at
 * once when the phone comes back to the page. Bound once, outside React.
 */
export function startMobilePolling(store: MobileStore, token: string, doc: Document): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight = false;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    const view = store.getState().view;
    timer = setTimeout(() => void poll(), view && isFinalStatus(view.status) ? FINAL_POLL_MS : POLL_MS);
  };

  async function poll() {
    if (stopped || inFlight) return;
    inFlight = true;
    const result = await fetchMobileTicket(token);
    inFlight = false;
    if (stopped) return;
    applyFetchResult(store, result, Date.now());
    schedule();
  }

  const onVisibility = () => {
    if (doc.visibilityState === 'visible') void poll();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  void poll();

  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
