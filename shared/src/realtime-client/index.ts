/**
 * `@lobby/shared/realtime-client`: the browser side of the wire protocol, for every client
 * app (never imported by the server). See synced-socket.ts.
 */
export * from './command-result.ts';
export * from './demo-mark.ts';
export * from './device-token.ts';
export * from './request-id.ts';
export * from './secure-context.ts';
export * from './seq-gate.ts';
export * from './synced-socket.ts';
