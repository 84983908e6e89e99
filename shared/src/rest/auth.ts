import { z } from 'zod';
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
});
export type StaffUser = z.infer<typeof StaffUserSchema>;

export const LoginResponseSchema = z.object({ token: z.string(), user: StaffUserSchema });
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

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
  me: defineRoute({
    method: 'GET',
    path: '/auth/me',
    summary: 'The signed-in staff user',
    roles: 'anyone',
    response: StaffUserSchema,
    envelope: 'bare',
  }),
} as const;
