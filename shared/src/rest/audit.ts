import { z } from 'zod';
import { IsoDateSchema } from './common.ts';
import { defineRoute } from './route.ts';

/** The audit viewer (event-log rows and admin actions) and the retention purge (admin). */

/** Admin actions recorded in the audit log besides the queue's own events (closed set: the audit viewer names each). */
export const ADMIN_ACTIONS = [
  'config:update',
  'staff:create',
  'staff:update',
  'staff:passwordReset',
  'device:pair',
  'device:revoke',
  'device:rotate',
  'vip:import',
  'kpi:adjust',
  'retention:purge',
  'complaint:register',
  'messaging:update',
  'poster:rotate',
  'webhook:create',
  'webhook:update',
  'webhook:remove',
  'webhook:retry',
] as const;
export type AdminActionName = (typeof ADMIN_ACTIONS)[number];

export const AuditQuerySchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  actorId: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  /** Keep only what a person did with a reason, or that changed the configuration. */
  manualOnly: z.enum(['true', 'false']).default('true'),
  limit: z.coerce.number().int().min(1).max(2000).default(500),
});

/** One line of the audit viewer: an event-log row or an admin action. */
export const AuditEntrySchema = z.object({
  source: z.enum(['event', 'admin']),
  id: z.string(),
  at: z.number(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  /** A ticket number, counter id, staff or device id, config version …: the code an auditor searches by. */
  target: z.string().nullable(),
  /** The staff member's or device's name when the target is one (counters are named from the config). */
  targetName: z.string().nullable(),
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const PurgeResultSchema = z.object({
  cutoff: z.number(),
  ticketIdentifiers: z.number(),
  complaintContacts: z.number(),
  /** Phone numbers of bookings and phone tickets, and reminder addresses. */
  customerPhones: z.number(),
  /** Rows of the text-message log. */
  messages: z.number(),
  webhookDeliveries: z.number(),
});
export type PurgeResult = z.infer<typeof PurgeResultSchema>;

export const AUDIT_ROUTES = {
  list: defineRoute({
    method: 'GET',
    path: '/admin/audit',
    summary: 'Audit log rows between two business dates, newest first',
    roles: ['admin'],
    query: AuditQuerySchema,
    response: z.array(AuditEntrySchema),
  }),
  purge: defineRoute({
    method: 'POST',
    path: '/admin/retention/purge',
    summary: 'Delete customer identifiers older than the retention period now',
    roles: ['admin'],
    response: PurgeResultSchema,
  }),
} as const;
