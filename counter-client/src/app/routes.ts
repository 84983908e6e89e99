import type { StaffRole } from '@lobby/shared';

/**
 * Client-side routing by location.pathname. The server sends the same index.html for
 * /counter, /counter/rate, /lobby and /admin (and their sub-paths).
 */
export type RouteId = 'home' | 'teller' | 'evaluator' | 'lobby' | 'admin' | 'unknown';

export function routeOf(pathname: string): RouteId {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/staff' || path === '/staff/index.html') return 'home';
  if (path === '/counter/rate' || path.startsWith('/counter/rate/')) return 'evaluator';
  if (path === '/counter') return 'teller';
  if (path === '/lobby' || path.startsWith('/lobby/')) return 'lobby';
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin';
  return 'unknown';
}

/** Who may open each staff page. Admins may stand in anywhere; lobby managers may sit at a counter. */
export const ROUTE_ROLES: Record<'teller' | 'lobby' | 'admin', readonly StaffRole[]> = {
  teller: ['teller', 'lobby', 'admin'],
  lobby: ['lobby', 'admin'],
  admin: ['admin'],
};

export function homePathOf(role: StaffRole): string {
  return role === 'teller' ? '/counter' : role === 'lobby' ? '/lobby' : '/admin';
}

export function mayOpen(route: 'teller' | 'lobby' | 'admin', role: StaffRole): boolean {
  return ROUTE_ROLES[route].includes(role);
}
