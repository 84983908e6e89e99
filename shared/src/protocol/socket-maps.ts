import type { Ack } from './errors.ts';
import type { CommandName, CommandPayload, CommandResults } from './commands.ts';
import type { Alert, QueueEvent, QueueEventType } from './events.ts';
import type { Principal } from './roles.ts';

/** Client → server: every command is acknowledged with Ack<result>. */
export type ClientToServerEvents = {
  [C in CommandName]: (payload: CommandPayload<C>, ack: (res: Ack<CommandResults[C]>) => void) => void;
};

/** Server → client. */
export type ServerToClientEvents = {
  [E in QueueEventType]: (event: QueueEvent) => void;
} & {
  /** Staff only: the current alert list, whenever it changes. */
  'alerts:updated': (alerts: Alert[]) => void;
  /** Sent once after connect: who the server thinks you are, and whether this server is the demo branch. */
  'session:ready': (info: SessionInfo) => void;
  /** Your session or device was revoked: stop and sign in / pair again. */
  'session:revoked': () => void;
};

/** What a connected client learns first. `demo`: every screen shows 演示 / DEMO. */
export interface SessionInfo {
  principal: Principal;
  seq: number;
  demo: boolean;
}

export interface SocketData {
  principal: Principal;
}
