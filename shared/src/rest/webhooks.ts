import { z } from 'zod';
import { defineRoute } from './route.ts';
import { safeText } from '../text/safe-text.ts';
import type { QueueEventType } from '../protocol/events.ts';

/**
 * Signed webhooks for integrators: ticket and booking events, at least once, branch seq as idempotency key.
 * A chosen subset of the queue's events (not notes, priorities or counters): a renamed event fails here.
 */
export const WEBHOOK_EVENT_TYPES = [
  'ticket:issued',
  'ticket:called',
  'ticket:recalled',
  'ticket:started',
  'ticket:finished',
  'ticket:noShowed',
  'ticket:suspended',
  'ticket:resumed',
  'ticket:transferred',
  'ticket:cancelled',
  'ticket:reactivated',
  'ticket:activated',
  'ticket:lapsed',
  'booking:created',
  'booking:cancelled',
  'booking:checkedIn',
  'booking:missed',
] as const satisfies readonly QueueEventType[];
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'dead'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

const Url = z
  .string()
  .trim()
  .max(500)
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.password === '';
    } catch {
      return false;
    }
  }, 'an http:// or https:// address without credentials');

export const WebhookEndpointViewSchema = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  enabled: z.boolean(),
  description: z.string(),
  createdAt: z.number(),
});
export type WebhookEndpointView = z.infer<typeof WebhookEndpointViewSchema>;

export const WebhookEndpointInputSchema = z.object({
  url: Url,
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(WEBHOOK_EVENT_TYPES.length),
  enabled: z.boolean().default(true),
  description: safeText({ max: 200 }).default(''),
});

export const WebhookEndpointPatchSchema = z.object({
  url: Url.optional(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(WEBHOOK_EVENT_TYPES.length).optional(),
  enabled: z.boolean().optional(),
  description: safeText({ max: 200 }).optional(),
  /** Make a new signing secret (answered once). */
  rotateSecret: z.boolean().default(false),
});

/** A new endpoint, or a rotated secret: the only answer that carries the secret. */
export const WebhookEndpointCreatedSchema = z.object({
  endpoint: WebhookEndpointViewSchema,
  secret: z.string().nullable(),
});

export const WebhookDeliveryViewSchema = z.object({
  id: z.number(),
  endpointId: z.string(),
  seq: z.number(),
  type: z.string(),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number(),
  nextAttemptAt: z.number(),
  lastStatus: z.number().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.number(),
  deliveredAt: z.number().nullable(),
});
export type WebhookDeliveryView = z.infer<typeof WebhookDeliveryViewSchema>;

const EndpointParams = z.object({ id: z.string().min(1).max(64) });
const DeliveryParams = z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });

export const WEBHOOK_ROUTES = {
  list: defineRoute({
    method: 'GET',
    path: '/admin/webhooks',
    summary: 'Webhook endpoints',
    roles: ['admin'],
    response: z.array(WebhookEndpointViewSchema),
  }),
  create: defineRoute({
    method: 'POST',
    path: '/admin/webhooks',
    summary: 'Add a webhook endpoint: its signing secret is answered once',
    roles: ['admin'],
    body: WebhookEndpointInputSchema,
    response: WebhookEndpointCreatedSchema,
    okStatus: 201,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/admin/webhooks/:id',
    summary: 'Change a webhook endpoint (or rotate its secret)',
    roles: ['admin'],
    params: EndpointParams,
    body: WebhookEndpointPatchSchema,
    response: WebhookEndpointCreatedSchema,
  }),
  remove: defineRoute({
    method: 'DELETE',
    path: '/admin/webhooks/:id',
    summary: 'Remove a webhook endpoint and its outbox',
    roles: ['admin'],
    params: EndpointParams,
    response: z.object({ removed: z.boolean() }),
  }),
  deliveries: defineRoute({
    method: 'GET',
    path: '/admin/webhooks/deliveries',
    summary: 'Deliveries by status: the dead-letter list is status=dead',
    roles: ['admin'],
    query: z.object({
      status: z.enum(WEBHOOK_DELIVERY_STATUSES).default('dead'),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
    response: z.array(WebhookDeliveryViewSchema),
  }),
  retry: defineRoute({
    method: 'POST',
    path: '/admin/webhooks/deliveries/:id/retry',
    summary: 'Send a dead delivery again',
    roles: ['admin'],
    params: DeliveryParams,
    response: WebhookDeliveryViewSchema.nullable(),
  }),
} as const;
