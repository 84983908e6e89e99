import { useSyncExternalStore } from 'react';

/** The page in the address (`/#reports`), so a reload or a shared link opens the same page. */
export const HQ_PAGES = ['grid', 'reports', 'kpi', 'catalogue', 'branches'] as const;
export type HqPage = (typeof HQ_PAGES)[number];

export function pageOf(hash: string): HqPage {
  const key = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (HQ_PAGES as readonly string[]).includes(key) ? (key as HqPage) : 'grid';
}

const subscribe = (fn: () => void) => {
  window.addEventListener('hashchange', fn);
  return () => window.removeEventListener('hashchange', fn);
};

export function usePage(): [HqPage, (p: HqPage) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return [pageOf(hash), (p) => (window.location.hash = p)];
}

/** The page's own settings after `?` in the hash (`#reports?day=2026-11-24&group=region`), for shareable links. */
export function hashQuery(): URLSearchParams {
  const hash = window.location.hash;
  const i = hash.indexOf('?');
  return new URLSearchParams(i === -1 ? '' : hash.slice(i + 1));
}

export function replaceHashQuery(page: HqPage, params: Record<string, string>): void {
  const next = `#${page}?${new URLSearchParams(params).toString()}`;
  if (window.location.hash !== next) window.history.replaceState(null, '', next);
}
