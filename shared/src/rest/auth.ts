import { z } from 'zod';
import { NewPasswordSchema } from '../auth/password-rule.ts';
import { STAFF_ROLES } from '../protocol/roles.ts';
import { defineRoute } from './route.ts';

/** Staff sign-in. The session token goes in `Authorization: Bearer` and the socket auth. */
export const LoginRequestSchema = z.object({
  username: z.string().trim().min(1).max(60),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const StaffUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
  /** 工号, shown to customers on the evaluator. */
  staffNo: z.string(),
  /**
   * A one-time or reset password: the user must choose a new one before anything else (the
   * server refuses every other call of this session until then).
   */
  mustChangePassword: z.boolean(),
});
export type StaffUser = z.infer<typeof StaffUserSchema>;

/** Another live sign-in of the same account: when, last use, and the address it signed in from. */
export const OtherSignInSchema = z.object({
  at: z.number(),
  lastSeenAt: z.number(),
  address: z.string().nullable(),
});
export type OtherSignIn = z.infer<typeof OtherSignInSchema>;

export const LoginResponseSchema = z.object({
  token: z.string(),
  user: StaffUserSchema,
  /** The account's other live sign-ins (another PC): the new screen shows them, and they are told. */
  otherSignIns: z.array(OtherSignInSchema),
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

/** Changing one's own password; `newPassword` follows the one password rule (shared/src/auth). */
export const PasswordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: NewPasswordSchema,
});
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

/** What any page may learn before signing in. */
export const ServerInfoSchema = z.object({
  /** The demo branch (seeded, known passwords): every screen is marked 演示 / DEMO. */
  demo: z.boolean(),
});
export type ServerInfo = z.infer<typeof ServerInfoSchema>;

export const AUTH_ROUTES = {
  login: defineRoute({
    method: 'POST',
    path: '/auth/login',
    summary: 'Staff sign-in: a session token and the user',
    roles: 'anyone',
    body: LoginRequestSchema,
    response: LoginResponseSchema,
    envelope: 'bare',
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/auth/logout',
    summary: 'Ends the caller’s session and cuts its sockets',
    roles: 'anyone',
    response: z.null(),
  }),
  changePassword: defineRoute({
    method: 'POST',
    path: '/auth/password',
    summary: 'Change one’s own password (also the forced change after a one-time or reset password): a new session',
    roles: 'anyone',
    body: PasswordChangeSchema,
    response: LoginResponseSchema,
  }),
  serverInfo: defineRoute({
    method: 'GET',
    path: '/server-info',
    summary: 'Whether this server is the demo branch',
    roles: 'anyone',
    response: ServerInfoSchema,
  }),
  me: defineRoute({
    method: 'GET',
    path: '/auth/me',
    summary: 'The signed-in staff user',
    roles: 'anyone',
    response: StaffUserSchema,
    envelope: 'bare',
  }),
} as const;
