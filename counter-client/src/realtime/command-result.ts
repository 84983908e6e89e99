import type { Ack, CommandName, CommandPayload, CommandResults } from '@lobby/shared';

/** Commands sent by users (they carry a requestId); sync and snapshot are the socket's own business. */
export type UserCommand = Exclude<CommandName, 'sync:request' | 'snapshot:get'>;

export type CommandInput<C extends UserCommand> = Omit<CommandPayload<C>, 'requestId'>;

/** Failures that never reached the server, in addition to the protocol's ERROR_CODES. */
export const CLIENT_ERROR_CODES = ['CLIENT_OFFLINE', 'CLIENT_TIMEOUT'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export type CommandResult<C extends UserCommand> =
  Ack<CommandResults[C]> | { ok: false; code: ClientErrorCode; message?: string };

export type SendCommand = <C extends UserCommand>(name: C, payload: CommandInput<C>) => Promise<CommandResult<C>>;
