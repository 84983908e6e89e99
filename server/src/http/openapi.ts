/**
 * The OpenAPI 3.1 document (`GET /api/openapi.json`), generated from the shared route map
 * (shared/src/rest/): every route with its parameters, body and answer as JSON Schema, and
 * the failures each can answer. Integrator routes (kiosk device token) are tagged
 * `integrator`; the rest are the staff apps' API.
 */
import { ERROR_CODES, HTTP_STATUS, REST_ROUTES, type RouteSpec } from '@lobby/shared';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(route: RouteSpec): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const s = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(s.properties ?? {})) {
      list.push({ name, in: where, required: where === 'path' || (s.required ?? []).includes(name), schema: property });
    }
  }
  return list;
}

const failureRef = { $ref: '#/components/schemas/Failure' };

function responses(route: RouteSpec): JsonSchema {
  const ok =
    route.response === 'file'
      ? {
          description: 'The file',
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        }
      : {
          description: 'Done',
          content: {
            'application/json': {
              schema:
                route.envelope === 'bare'
                  ? jsonSchema(route.response, 'output')
                  : {
                      type: 'object',
                      required: ['ok', 'data'],
                      properties: { ok: { const: true }, data: jsonSchema(route.response, 'output') },
                    },
            },
          },
        };
  const failures = new Set<number>([HTTP_STATUS.INTERNAL]);
  if (route.roles !== 'anyone') {
    failures.add(HTTP_STATUS.UNAUTHENTICATED);
    failures.add(HTTP_STATUS.FORBIDDEN);
  }
  if (route.params || route.query || route.body) failures.add(HTTP_STATUS.INVALID_PAYLOAD);
  const out: JsonSchema = { [String(route.okStatus ?? 200)]: ok };
  for (const status of [...failures].sort())
    out[String(status)] = { description: 'Refused', content: { 'application/json': { schema: failureRef } } };
  out.default = {
    description: 'Refused (status from the error code)',
    content: { 'application/json': { schema: failureRef } },
  };
  return out;
}

function requestBody(route: RouteSpec): JsonSchema | undefined {
  if (!route.body) return undefined;
  if (route.body === 'raw')
    return {
      required: true,
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    };
  return { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } };
}

let built: JsonSchema | null = null;

/** Built on first use (the same for every app: it depends on the route map only). */
export function openApiDocument(): JsonSchema {
  built ??= buildDocument();
  return built;
}

function buildDocument(): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [feature, routes] of Object.entries(REST_ROUTES)) {
    for (const [name, route] of Object.entries(routes as Record<string, RouteSpec>)) {
      const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const body = requestBody(route);
      (paths[path] ??= {})[route.method.toLowerCase()] = {
        operationId: `${feature}.${name}`,
        summary: route.summary,
        tags: [route.integrator ? 'integrator' : feature],
        ...(route.roles === 'anyone'
          ? { security: [] }
          : { description: `Roles: ${route.roles.join(', ')}`, security: [{ bearer: [] }] }),
        parameters: parameters(route),
        ...(body ? { requestBody: body } : {}),
        responses: responses(route),
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lobby queue API',
      version: '1.0.0',
      description:
        'Integrators (tag `integrator`) issue tickets and read queue status with a kiosk device token. The other routes are the staff apps’ API (staff session token).',
    },
    servers: [{ url: '/api' }],
    security: [{ bearer: [] }],
    tags: [
      { name: 'integrator', description: 'For other systems (e.g. a bank app): authorise with a kiosk device token' },
    ],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Kiosk device pairing token, or a staff session token' },
      },
      schemas: {
        Failure: {
          type: 'object',
          required: ['ok', 'code'],
          properties: {
            ok: { const: false },
            code: { type: 'string', enum: [...ERROR_CODES] },
            message: { type: 'string' },
            issues: {
              type: 'array',
              items: {
                type: 'object',
                required: ['path', 'message'],
                properties: { path: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
      },
    },
    paths,
  };
}
