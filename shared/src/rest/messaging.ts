import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';
import { defineRoute } from './route.ts';

/**
 * Text messages to customers (verification codes, booking confirmations, reminders) through
 * the branch's SMS gateway, and the hall poster that activates phone tickets. Admin only.
 */
export const MESSAGE_KINDS = [
  'verification_code',
  'booking_confirmed',
  'booking_cancelled',
  'turn_near',
  'called',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

const HeaderName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,60}$/, 'a header name (letters, digits, -)');
const HttpUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'an http:// or https:// address');

/**
 * The HTTP gateway adapter: a POST to `url` whose body is `bodyTemplate` with {{phone}},
 * {{text}}, {{kind}}, {{messageId}} and {{param.NAME}} filled in (escaped for the content type),
 * signed with HMAC-SHA256 of `<timestamp>\n<body>` under the secret, hex, in `signatureHeader`.
 */
export const SmsGatewaySettingsSchema = z.object({
  enabled: z.boolean(),
  url: HttpUrl,
  contentType: z.enum(['json', 'form']),
  bodyTemplate: z.string().min(1).max(2000),
  signatureHeader: HeaderName,
  timestampHeader: HeaderName,
  /**
   * 短信签名, put in front of every text, e.g. 【示范银行】: customer-facing text, so safe text;
   * '' is no signature, but one of only invisible characters is refused.
   */
  signName: z.union([z.literal(''), safeText({ max: 20, min: 1 })]),
  /** Who push services may contact about this server's Web Push (a mailto: or https: address). */
  pushContact: z
    .string()
    .trim()
    .max(200)
    .refine((v) => /^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/.test(v), 'a mailto: or https:// address'),
});
export type SmsGatewaySettings = z.infer<typeof SmsGatewaySettingsSchema>;

export const MessagingSettingsViewSchema = SmsGatewaySettingsSchema.extend({ hasSecret: z.boolean() });
export type MessagingSettingsView = z.infer<typeof MessagingSettingsViewSchema>;

export const MessagingSettingsUpdateSchema = SmsGatewaySettingsSchema.extend({
  /** A new signing secret; absent keeps the one set before. */
  secret: z.string().min(16).max(200).optional(),
});

export const OutgoingMessageViewSchema = z.object({
  id: z.number(),
  kind: z.enum(MESSAGE_KINDS),
  /** 尾号 only: the number itself is never shown. */
  phoneTail: z.string().nullable(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.number(),
  sentAt: z.number().nullable(),
});
export type OutgoingMessageView = z.infer<typeof OutgoingMessageViewSchema>;

export const PosterViewSchema = z.object({
  /** Path the hall poster's QR code opens, `/hall/<key>`. */
  path: z.string(),
  rotatedAt: z.number().nullable(),
});

export const MESSAGING_ROUTES = {
  settings: defineRoute({
    method: 'GET',
    path: '/admin/messaging',
    summary: 'The text-message gateway settings (whether a secret is set, never the secret)',
    roles: ['admin'],
    response: MessagingSettingsViewSchema,
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/admin/messaging',
    summary: 'Change the text-message gateway settings',
    roles: ['admin'],
    body: MessagingSettingsUpdateSchema,
    response: MessagingSettingsViewSchema,
  }),
  messages: defineRoute({
    method: 'GET',
    path: '/admin/messages',
    summary: 'The latest text messages sent to customers (kind, last four digits, delivery)',
    roles: ['admin'],
    response: z.array(OutgoingMessageViewSchema),
  }),
  poster: defineRoute({
    method: 'GET',
    path: '/admin/poster',
    summary: 'The hall poster: the address its QR code opens',
    roles: ['admin', 'lobby'],
    response: PosterViewSchema,
  }),
  rotatePoster: defineRoute({
    method: 'POST',
    path: '/admin/poster/rotate',
    summary: 'A new poster key: posters printed before stop activating phone tickets',
    roles: ['admin'],
    response: PosterViewSchema,
  }),
} as const;
