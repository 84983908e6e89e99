import type { Ack, CommandName, CommandPayload, CommandResults } from '../index.ts';

/** Commands sent by users (they carry a requestId); sync and snapshot are the socket's own business. */
export type UserCommand = Exclude<CommandName, 'sync:request' | 'snapshot:get'>;

/**
 * A command's payload without its idempotency key: one is made per send, unless the caller
 * passes the key of an earlier attempt (the kiosk retrying the same ticket after a timeout).
 */
export type CommandInput<C extends UserCommand> = Omit<CommandPayload<C>, 'requestId'> & { requestId?: string };

/** Failures that never reached the server (or whose answer never came back), besides ERROR_CODES. */
export const CLIENT_ERROR_CODES = ['CLIENT_OFFLINE', 'CLIENT_TIMEOUT'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export type CommandResult<C extends UserCommand> =
  Ack<CommandResults[C]> | { ok: false; code: ClientErrorCode; message?: string };

export type SendCommand = <C extends UserCommand>(name: C, payload: CommandInput<C>) => Promise<CommandResult<C>>;
