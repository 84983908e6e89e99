import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';
import { NewPasswordSchema } from '../auth/password-rule.ts';
import { DEVICE_KINDS, STAFF_ROLES } from '../protocol/roles.ts';
import { IdParamsSchema } from './common.ts';
import { defineRoute } from './route.ts';

/**
 * Staff accounts and paired devices (admin). A password set by an admin (new account, reset)
 * follows the one password rule, and its user must replace it at the next sign-in.
 */
const Password = NewPasswordSchema;

export const StaffCreateSchema = z.object({
  username: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .regex(/^[A-Za-z0-9_.-]+$/),
  name: safeText({ min: 1, max: 60 }),
  role: z.enum(STAFF_ROLES),
  staffNo: safeText({ min: 1, max: 20 }),
  password: Password,
});
export type StaffCreate = z.infer<typeof StaffCreateSchema>;

export const StaffUpdateSchema = z.object({
  role: z.enum(STAFF_ROLES).optional(),
  active: z.boolean().optional(),
  name: safeText({ min: 1, max: 60 }).optional(),
  reason: safeText({ max: 200 }).default(''),
});

export const PasswordResetSchema = z.object({ password: Password });

export const AdminStaffUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
  staffNo: z.string(),
  active: z.boolean(),
  /** Signs in with a password set by an admin and must choose a new one. */
  mustChangePassword: z.boolean(),
});
export type AdminStaffUser = z.infer<typeof AdminStaffUserSchema>;

export const AdminDeviceSchema = z.object({
  id: z.string(),
  kind: z.enum(DEVICE_KINDS),
  name: z.string(),
  counterId: z.string().nullable(),
  createdAt: z.number(),
  revokedAt: z.number().nullable(),
  /** The token's last use (connect, request or command, to the minute); null: never used. */
  lastUsedAt: z.number().nullable(),
});
export type AdminDevice = z.infer<typeof AdminDeviceSchema>;

/** A device as the admin's list shows it: and, for a kiosk, where its page was opened. */
export const ListedDeviceSchema = AdminDeviceSchema.extend({
  /**
   * A kiosk's page address at its last connection since the server started (its socket's
   * Origin), the base of its ticket QR when the branch sets no public mobile address; null
   * for other devices and a kiosk not connected since.
   */
  pageOrigin: z.string().nullable(),
});
export type ListedDevice = z.infer<typeof ListedDeviceSchema>;

export const DevicePairSchema = z.object({
  kind: z.enum(DEVICE_KINDS),
  name: safeText({ min: 1, max: 60 }),
  counterId: z.string().max(64).nullable().default(null),
});

/** The pairing answer: the token is shown once and never again. */
export const PairedDeviceSchema = z.object({ device: AdminDeviceSchema, token: z.string(), pairingPath: z.string() });
export type PairedDevice = z.infer<typeof PairedDeviceSchema>;

export const DeviceRevokeSchema = z.object({ reason: safeText({ max: 200 }).optional() });

export const STAFF_ROUTES = {
  list: defineRoute({
    method: 'GET',
    path: '/admin/staff',
    summary: 'Every staff account',
    roles: ['admin'],
    response: z.array(AdminStaffUserSchema),
  }),
  create: defineRoute({
    method: 'POST',
    path: '/admin/staff',
    summary: 'Create a staff account',
    roles: ['admin'],
    body: StaffCreateSchema,
    response: AdminStaffUserSchema,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/admin/staff/:id',
    summary: 'Change a staff account’s role, name or active flag',
    roles: ['admin'],
    params: IdParamsSchema,
    body: StaffUpdateSchema,
    response: AdminStaffUserSchema,
  }),
  resetPassword: defineRoute({
    method: 'POST',
    path: '/admin/staff/:id/password',
    summary: 'Set a new password for a staff account',
    roles: ['admin'],
    params: IdParamsSchema,
    body: PasswordResetSchema,
    response: AdminStaffUserSchema,
  }),
} as const;

export const DEVICE_ROUTES = {
  list: defineRoute({
    method: 'GET',
    path: '/admin/devices',
    summary: 'Every paired device',
    roles: ['admin'],
    response: z.array(ListedDeviceSchema),
  }),
  pair: defineRoute({
    method: 'POST',
    path: '/admin/devices',
    summary: 'Pair a device: its token is answered once',
    roles: ['admin'],
    body: DevicePairSchema,
    response: PairedDeviceSchema,
  }),
  revoke: defineRoute({
    method: 'POST',
    path: '/admin/devices/:id/revoke',
    summary: 'Revoke a device and cut its socket',
    roles: ['admin'],
    params: IdParamsSchema,
    body: DeviceRevokeSchema,
    response: z.object({ id: z.string(), revokedAt: z.number() }),
  }),
  rotate: defineRoute({
    method: 'POST',
    path: '/admin/devices/:id/rotate',
    summary: 'A new token for a device (answered once): the old one is refused at once and its socket cut',
    roles: ['admin'],
    params: IdParamsSchema,
    body: DeviceRevokeSchema,
    response: PairedDeviceSchema,
  }),
} as const;
