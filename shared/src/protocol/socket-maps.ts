import type { MobileTicketView } from '../rest/tickets.ts';
import type { Ack } from './errors.ts';
import type { CommandName, CommandPayload, CommandResults } from './commands.ts';
import type { Alert, QueueEvent, QueueEventType } from './events.ts';
import type { EstimatesView } from '../domain/floor.ts';
import type { Principal } from './roles.ts';
import type { WriteHealth } from './write-health.ts';
import type { OtherSignIn } from '../rest/auth.ts';

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
  /** Everyone: the wait forecast was recomputed (not sequenced: the latest one replaces the last). */
  'estimates:updated': (view: EstimatesView) => void;
  /** Staff only: whether the database takes writes; sent on connect and whenever it changes. */
  'storage:updated': (health: WriteHealth) => void;
  /** Sent once after connect: who the server thinks you are. */
  'session:ready': (info: { principal: Principal; seq: number }) => void;
  /**
   * Your session or device was revoked: stop and sign in / pair again. `idle`: the staff
   * session ended after STAFF_IDLE_MINUTES without use.
   */
  'session:revoked': (info?: { reason: 'idle' }) => void;
  /** Staff: the same account just signed in on another screen (when, and its address). */
  'session:signedInElsewhere': (info: OtherSignIn) => void;
};

export interface SocketData {
  principal: Principal;
}

/**
 * The mobile ticket page's socket (namespace `/mobile`, auth `{ ticketToken }`): the customer's
 * own ticket, pushed whenever it changes (status, place, estimate). Nothing else goes there.
 */
export const MOBILE_NAMESPACE = '/mobile';
export type MobileServerToClientEvents = {
  'ticket:view': (view: MobileTicketView) => void;
};
export type MobileClientToServerEvents = Record<string, never>;
