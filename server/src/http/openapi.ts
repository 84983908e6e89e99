/**
 * OpenAPI 3.1 description of the integrator API (`GET /api/openapi.json`). Hand-written
 * next to the routes in integrator-routes.ts; the integration tests call every path here.
 */
const ack = (data: object) => ({
  oneOf: [
    { type: 'object', required: ['ok', 'data'], properties: { ok: { const: true }, data } },
    { $ref: '#/components/schemas/Failure' },
  ],
});

const errorResponse = {
  description: 'Refused',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Failure' } } },
};

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Lobby queue integrator API',
    version: '1.0.0',
    description:
      'Issue tickets and read queue status from other systems (e.g. a bank app). Authorise with a kiosk device token.',
  },
  servers: [{ url: '/api' }],
  security: [{ deviceToken: [] }],
  components: {
    securitySchemes: { deviceToken: { type: 'http', scheme: 'bearer', description: 'Kiosk device pairing token' } },
    schemas: {
      Failure: {
        type: 'object',
        required: ['ok', 'code'],
        properties: {
          ok: { const: false },
          code: {
            type: 'string',
            description:
              'One of the closed ERROR_CODES, e.g. INVALID_PAYLOAD, LANE_CAP_REACHED, EMERGENCY_MODE, RATE_LIMITED',
          },
          message: { type: 'string' },
        },
      },
      IssueTicketRequest: {
        type: 'object',
        required: ['requestId', 'laneId', 'businessTypeId'],
        properties: {
          requestId: {
            type: 'string',
            pattern: '^[A-Za-z0-9_-]{8,64}$',
            description: 'Idempotency key: a retry with the same key returns the first answer',
          },
          laneId: { type: 'string' },
          businessTypeId: { type: 'string' },
          priorityGroupId: { type: ['string', 'null'] },
          vipIdentifier: {
            type: ['null'],
            description: 'Staff issuers only: a device token may not send a card or phone number (see vipProof)',
          },
          vipProof: {
            type: ['string', 'null'],
            description:
              "The proof vip:lookup gave this device (valid 5 minutes, one ticket): required for the VIP lane and every restricted lane; refused with 403 VIP_PROOF_INVALID when missing, expired, used or another device's",
          },
        },
      },
      WaitEstimate: { type: 'object', properties: { lowMin: { type: 'number' }, highMin: { type: 'number' } } },
      IssuedTicket: {
        type: 'object',
        properties: {
          ticket: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              number: { type: 'string', examples: ['A001'] },
              laneId: { type: 'string' },
              status: { type: 'string' },
              counterId: { type: ['string', 'null'] },
              calledAt: { type: ['number', 'null'] },
            },
          },
          laneId: { type: 'string' },
          businessTypeId: { type: 'string' },
          ahead: { type: 'integer' },
          estimate: { oneOf: [{ $ref: '#/components/schemas/WaitEstimate' }, { type: 'null' }] },
          issuedAt: { type: 'number' },
          mobilePath: { type: 'string', description: 'Path of the mobile ticket page, /t/<token>' },
          vipTierId: { type: ['string', 'null'] },
        },
      },
      MobileTicket: {
        type: 'object',
        properties: {
          number: { type: 'string' },
          status: {
            type: 'string',
            enum: ['waiting', 'called', 'serving', 'suspended', 'done', 'no_show', 'cancelled'],
          },
          counterNumber: { type: ['integer', 'null'] },
          ahead: { type: ['integer', 'null'] },
          estimate: { oneOf: [{ $ref: '#/components/schemas/WaitEstimate' }, { type: 'null' }] },
          issuedAt: { type: 'number' },
          businessDate: { type: 'string' },
        },
      },
      PublicSnapshot: {
        type: 'object',
        description:
          'Lanes (waiting, estimate), counters (current number), open tickets (number and status only), recent calls. No customer data.',
      },
    },
  },
  paths: {
    '/v1/tickets': {
      post: {
        summary: 'Issue a ticket',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/IssueTicketRequest' } } },
        },
        responses: {
          '201': {
            description: 'Issued',
            content: { 'application/json': { schema: ack({ $ref: '#/components/schemas/IssuedTicket' }) } },
          },
          '400': errorResponse,
          '401': errorResponse,
          '403': errorResponse,
          '409': errorResponse,
          '429': errorResponse,
        },
      },
    },
    '/v1/tickets/{token}': {
      get: {
        summary: 'Ticket status by its mobile token',
        parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'Ticket',
            content: { 'application/json': { schema: ack({ $ref: '#/components/schemas/MobileTicket' }) } },
          },
          '404': errorResponse,
        },
      },
    },
    '/v1/queue': {
      get: {
        summary: 'Public queue snapshot',
        responses: {
          '200': {
            description: 'Snapshot',
            content: { 'application/json': { schema: ack({ $ref: '#/components/schemas/PublicSnapshot' }) } },
          },
        },
      },
    },
  },
} as const;
