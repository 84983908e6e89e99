import type { Ack, Alert, CommandName, CommandResults, ParsedCommand, Principal, StaffQueueEvent } from '@lobby/shared';
import type { Router } from 'express';
import type { AppContext } from './app-context.ts';

/** How a command arrived; REST tickets are issued with channel `api`. */
export type CommandVia = 'socket' | 'rest';

/** One use case per command; the wrapper has already checked the role and parsed the payload. */
export type CommandHandler<C extends CommandName> = (
  ctx: AppContext,
  principal: Principal,
  payload: ParsedCommand<C>,
  via: CommandVia,
) => Ack<CommandResults[C]> | Promise<Ack<CommandResults[C]>>;

export type CommandHandlers = { [C in CommandName]?: CommandHandler<C> };

/**
 * A feature module. create-app lists them explicitly; adding one is one line there.
 * - commands: the socket commands this feature owns (each name owned by one feature).
 * - router: mounted under /api (use ctx.requirePrincipal for auth).
 * - onTick: every tick (1 s), after system:tick; must be cheap and must not write when nothing changed.
 * - onPublished: after every commit, with the new staff events (e.g. recompute alerts).
 * - snapshotAlerts: alerts included in staff snapshots.
 * - onForecast: after the wait forecast was redone (ctx.forecasts), off the commit path.
 */
export interface Feature {
  name: string;
  commands?: CommandHandlers;
  router?(ctx: AppContext): Router;
  onTick?(ctx: AppContext, now: number): void;
  onPublished?(ctx: AppContext, events: StaffQueueEvent[]): void;
  snapshotAlerts?(ctx: AppContext): Alert[];
  onForecast?(ctx: AppContext): void;
  /** Called once when the app closes (stop own timers). */
  onClose?(ctx: AppContext): void;
}

/**
 * Another feature's alerts (e.g. overdue complaints), merged into the one list the lobby
 * and admin see, so every alert is raised, acknowledged, logged and pushed the same way.
 * Gets the previous merged list to keep ids, raise times and acknowledgements stable.
 */
export type AlertSource = (ctx: AppContext, now: number, previous: readonly Alert[]) => Alert[];
