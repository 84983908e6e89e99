import type { Feature } from '../../context/feature.ts';
import { engineCommandHandlers } from './engine-commands.ts';
import { syncCommands } from './sync-commands.ts';
import { ticketCommands } from './ticket-commands.ts';

/** The core queue: every ticket, counter and floor command, and resync. */
export const queueFeature: Feature = {
  name: 'queue',
  commands: { ...ticketCommands, ...engineCommandHandlers, ...syncCommands },
};
