/**
 * Branch configuration. `config` is checked by the server against BranchConfigSchema as a
 * whole (CONFIG_INVALID with the field issues), so the body schema only takes it as JSON.
 */
import { z } from 'zod';
import { BranchConfigSchema } from '../config/branch-config.ts';
import { defineRoute } from './route.ts';

export const ConfigPutSchema = z.object({
  config: z.unknown(),
  reason: z.string().trim().max(200).default(''),
  requestId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .nullable()
    .default(null),
});

export const CONFIG_ROUTES = {
  get: defineRoute({
    method: 'GET',
    path: '/admin/config',
    summary: 'The live branch configuration',
    roles: ['admin'],
    response: BranchConfigSchema,
  }),
  put: defineRoute({
    method: 'PUT',
    path: '/admin/config',
    summary: 'Save the configuration edited from `version` (CONFIG_CONFLICT when someone saved first)',
    roles: ['admin'],
    body: ConfigPutSchema,
    response: BranchConfigSchema,
  }),
} as const;
