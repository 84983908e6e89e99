import { MOBILE_NAMESPACE, type MobileClientToServerEvents, type MobileServerToClientEvents } from '@lobby/shared';
import type { Namespace } from 'socket.io';
import type { AppContext, LobbyServer } from '../context/app-context.ts';
import { mobileTicketView } from '../queue/mobile-ticket-view.ts';

/**
 * The mobile ticket page, live (replaces its 5 s polling): a phone connects to `/mobile` with
 * its ticket's token and gets its own ticket's view at once and whenever it changes. After a
 * commit the views of the connected tickets are recomputed once (coalesced over a short
 * window) and only changed ones are sent, so a status change reaches the phone within a second.
 */
const COALESCE_MS = 150;
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

type MobileNamespace = Namespace<
  MobileClientToServerEvents,
  MobileServerToClientEvents,
  Record<string, never>,
  { token: string }
>;

export interface MobileLive {
  /** Something committed: recompute the connected tickets' views soon. */
  changed(): void;
  stop(): void;
}

const room = (token: string) => `t:${token}`;

export function attachMobileNamespace(io: LobbyServer, ctx: AppContext): MobileLive {
  const nsp = io.of(MOBILE_NAMESPACE) as unknown as MobileNamespace;
  const lastSent = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  nsp.use((socket, next) => {
    const token: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.ticketToken;
    if (typeof token !== 'string' || !TOKEN.test(token) || !mobileTicketView(ctx, token))
      return next(new Error('NOT_FOUND'));
    socket.data.token = token;
    next();
  });

  nsp.on('connection', (socket) => {
    const { token } = socket.data;
    void socket.join(room(token));
    const view = mobileTicketView(ctx, token);
    if (view) socket.emit('ticket:view', view);
  });

  const refresh = () => {
    timer = null;
    const live = new Set<string>();
    for (const [name, members] of nsp.adapter.rooms) {
      if (!name.startsWith('t:') || members.size === 0) continue;
      const token = name.slice(2);
      live.add(token);
      const view = mobileTicketView(ctx, token);
      if (!view) continue;
      // A view is sent when the ticket changed, not because the clock moved.
      const { asOf: _asOf, ...facts } = view;
      const json = JSON.stringify(facts);
      if (lastSent.get(token) === json) continue;
      lastSent.set(token, json);
      nsp.to(name).emit('ticket:view', view);
    }
    for (const token of lastSent.keys()) if (!live.has(token)) lastSent.delete(token);
  };

  return {
    changed() {
      if (timer === null && nsp.sockets.size > 0) timer = setTimeout(refresh, COALESCE_MS);
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
    },
  };
}
