import { z } from 'zod';
import { defineRoute } from './route.ts';

/** Reminders before the turn on the customer's phone: Web Push (needs HTTPS) for one ticket. */
const TokenParams = z.object({ token: z.string().min(1).max(200) });

/** A Web Push subscription as the browser's PushSubscription.toJSON() gives it. */
export const PushSubscriptionSchema = z.object({
  endpoint: z
    .string()
    .max(1000)
    .refine((v) => /^https?:\/\//.test(v), 'an http(s) address'),
  keys: z.object({ p256dh: z.string().min(16).max(200), auth: z.string().min(8).max(100) }),
});

export const PushSubscribeSchema = z.object({
  subscription: PushSubscriptionSchema,
  lang: z.enum(['zh', 'en']).default('zh'),
});

export const PushKeySchema = z.object({ publicKey: z.string().nullable() });

export const REMINDER_ROUTES = {
  pushKey: defineRoute({
    method: 'GET',
    path: '/public/push-key',
    summary: 'The Web Push (VAPID) public key, null while Web Push reminders are off',
    roles: 'anyone',
    response: PushKeySchema,
  }),
  subscribe: defineRoute({
    method: 'POST',
    path: '/tickets/:token/push',
    summary: 'Web Push reminders for this ticket (when few are ahead, and when called)',
    roles: 'anyone',
    params: TokenParams,
    body: PushSubscribeSchema,
    response: z.object({ subscribed: z.boolean() }),
  }),
  unsubscribe: defineRoute({
    method: 'DELETE',
    path: '/tickets/:token/push',
    summary: 'No more Web Push reminders for this ticket',
    roles: 'anyone',
    params: TokenParams,
    response: z.object({ subscribed: z.boolean() }),
  }),
} as const;
