import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MobileTicketView, UiLanguage } from '@lobby/shared';
import type { PushState } from './push-reminder.ts';
/** What the socket said: the view, a refused token, or a lost connection. The page keeps the last good view. */
export type MobileFetchResult =
  { kind: 'ok'; view: MobileTicketView } | { kind: 'not_found' } | { kind: 'error'; status: number | null };

/** The mobile page's one store: the last good view, and how the connection is. */
export interface MobileState {
  view: MobileTicketView | null;
  problem: 'none' | 'bad_link' | 'not_found' | 'network';
  loading: boolean;
  /** The branch clock when the server made the last view (its `asOf`), not the phone's clock. */
  updatedAt: number | null;
  lang: UiLanguage;
  /** Web Push reminders for this ticket (push-reminder.ts). */
  push: PushState;
}

export type MobileStore = StoreApi<MobileState>;

export function createMobileStore(): MobileStore {
  return createStore<MobileState>()(() => ({
    view: null,
    problem: 'none',
    loading: true,
    updatedAt: null,
    lang: 'zh',
    push: 'unknown',
  }));
}

export function applyFetchResult(store: MobileStore, result: MobileFetchResult): void {
  if (result.kind === 'ok')
    store.setState({ view: result.view, problem: 'none', loading: false, updatedAt: result.view.asOf });
  else if (result.kind === 'not_found') store.setState({ view: null, problem: 'not_found', loading: false });
  else store.setState({ problem: 'network', loading: false });
}
