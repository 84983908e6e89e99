import type { CommandHandlers } from '../../context/feature.ts';
import { syncSince } from '../../queue/sync.ts';

/** Resync after a reconnect or a seq gap, and the full picture on demand. */
export const syncCommands: CommandHandlers = {
  'sync:request': (ctx, principal, p) => ({
    ok: true,
    data: syncSince(principal.role, p.sinceSeq, {
      eventLog: ctx.store.eventLog,
      lastSeq: ctx.queue.lastSeq,
      businessDate: ctx.queue.current.businessDate,
      numberOf: (id) => ctx.queue.current.tickets.get(id)?.number ?? ctx.store.engineState.numberOfTicket(id),
      snapshot: () => ctx.snapshot(principal),
    }),
  }),
  'snapshot:get': (ctx, principal) => ({ ok: true, data: ctx.snapshot(principal) }),
};
