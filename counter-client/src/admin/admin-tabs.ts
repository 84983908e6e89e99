import { useSyncExternalStore } from 'react';

/**
 * The admin pages and how the address names them: `/admin#reports`. A hash, because the
 * server serves the staff app for `/admin` itself, and a reload or a shared link must
 * open the same page.
 */
export const ADMIN_TABS = [
  'dashboard',
  'reports',
  'config',
  'appointments',
  'staff',
  'vip',
  'kpi',
  'complaints',
  'audit',
  'headOffice',
  'https',
] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];

export function adminTabOf(hash: string): AdminTab {
  const key = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ADMIN_TABS as readonly string[]).includes(key) ? (key as AdminTab) : 'dashboard';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useAdminTab(): [AdminTab, (tab: AdminTab) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return [adminTabOf(hash), (tab) => (window.location.hash = tab)];
}
