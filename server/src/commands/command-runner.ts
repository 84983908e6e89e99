/**
 * The one command wrapper: role check (COMMAND_ROLES) → zod parse (COMMAND_SCHEMAS) →
 * optional guard (rate limits, which may look at the parsed payload) → the feature's
 * handler → ack. Anything thrown becomes INTERNAL, logged with its stack here and never
 * sent to the client.
 */
import {
  COMMAND_ROLES,
  COMMAND_SCHEMAS,
  fail,
  type Ack,
  type CommandName,
  type CommandResults,
  type Failure,
  type ParsedCommand,
  type Principal,
} from '@lobby/shared';
import type { AppContext } from '../context/app-context.ts';
import type { CommandHandler, CommandHandlers, CommandVia } from '../context/feature.ts';

/** Refuses a parsed command before its handler runs (null lets it through). */
export type CommandGuard = (
  principal: Principal,
  command: CommandName,
  payload: ParsedCommand<CommandName>,
  via: CommandVia,
) => Promise<Failure | null>;

export class CommandRunner {
  private readonly ctx: AppContext;
  private readonly handlers: CommandHandlers;
  private readonly guard: CommandGuard;

  constructor(ctx: AppContext, handlers: CommandHandlers, guard: CommandGuard) {
    this.ctx = ctx;
    this.handlers = handlers;
    this.guard = guard;
  }

  async run<C extends CommandName>(
    principal: Principal,
    command: C,
    raw: unknown,
    via: CommandVia,
  ): Promise<Ack<CommandResults[C]>> {
    try {
      if (!COMMAND_ROLES[command].includes(principal.role)) return fail('FORBIDDEN');
      const parsed = COMMAND_SCHEMAS[command].safeParse(raw);
      if (!parsed.success) {
        const issues = parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message }));
        return { ok: false, code: 'INVALID_PAYLOAD', issues } as Failure;
      }
      const handler = this.handlers[command] as CommandHandler<CommandName> | undefined;
      if (!handler) return fail('NOT_FOUND', `command ${command} is not available`);
      const refused = await this.guard(principal, command, parsed.data as ParsedCommand<CommandName>, via);
      if (refused) return refused;
      return (await handler(this.ctx, principal, parsed.data as never, via)) as Ack<CommandResults[C]>;
    } catch (err) {
      this.ctx.logger.error({ err, command, principalId: principal.id }, 'command failed');
      return fail('INTERNAL');
    }
  }
}

/** Merges the features' handler maps; a command owned twice is a programming error. */
export function mergeHandlers(features: { name: string; commands?: CommandHandlers }[]): CommandHandlers {
  const merged: Record<string, unknown> = {};
  const owner: Record<string, string> = {};
  for (const f of features) {
    for (const [name, handler] of Object.entries(f.commands ?? {})) {
      if (owner[name]) throw new Error(`Command ${name} is handled by both ${owner[name]} and ${f.name}`);
      owner[name] = f.name;
      merged[name] = handler;
    }
  }
  return merged as CommandHandlers;
}
