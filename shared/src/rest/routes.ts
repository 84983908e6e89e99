import { AUDIT_ROUTES } from './audit.ts';
import { BOOKING_ROUTES, INTEGRATOR_BOOKING_ROUTES } from './bookings.ts';
import { MESSAGING_ROUTES } from './messaging.ts';
import { REMINDER_ROUTES } from './reminders.ts';
import { WEBHOOK_ROUTES } from './webhooks.ts';
import { AUTH_ROUTES } from './auth.ts';
import { COMPLAINT_ROUTES } from './complaints.ts';
import { CONFIG_ROUTES } from './config.ts';
import { EVALUATOR_ROUTES } from './evaluator.ts';
import { KPI_ROUTES } from './kpi.ts';
import { REPORT_ROUTES } from './reports.ts';
import { REPLICATION_ROUTES } from './replication.ts';
import { TLS_ROUTES } from './tls.ts';
import type { RouteSpec } from './route.ts';
import { DEVICE_ROUTES, STAFF_ROUTES } from './staff.ts';
import { INTEGRATOR_ROUTES, TICKET_ROUTES } from './tickets.ts';
import { VIP_ROUTES } from './vip.ts';

/**
 * Every REST route of the server, by feature (see ./route.ts for how to add one). The
 * OpenAPI document, the role-matrix tests and the "every route is mounted" test walk this.
 */
export const REST_ROUTES = {
  auth: AUTH_ROUTES,
  tickets: TICKET_ROUTES,
  integrator: INTEGRATOR_ROUTES,
  evaluator: EVALUATOR_ROUTES,
  config: CONFIG_ROUTES,
  staff: STAFF_ROUTES,
  devices: DEVICE_ROUTES,
  vip: VIP_ROUTES,
  audit: AUDIT_ROUTES,
  reports: REPORT_ROUTES,
  complaints: COMPLAINT_ROUTES,
  kpi: KPI_ROUTES,
  bookings: BOOKING_ROUTES,
  integratorBookings: INTEGRATOR_BOOKING_ROUTES,
  reminders: REMINDER_ROUTES,
  messaging: MESSAGING_ROUTES,
  webhooks: WEBHOOK_ROUTES,
  replication: REPLICATION_ROUTES,
  tls: TLS_ROUTES,
} as const satisfies Record<string, Record<string, RouteSpec>>;

/** The map flattened: `feature.name` → route, e.g. `staff.update`. */
export function allRoutes(): { name: string; route: RouteSpec }[] {
  return Object.entries(REST_ROUTES).flatMap(([feature, routes]) =>
    Object.entries(routes as Record<string, RouteSpec>).map(([name, route]) => ({ name: `${feature}.${name}`, route })),
  );
}
