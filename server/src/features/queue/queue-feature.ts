import type { Feature } from '../../app/feature.ts';
import { counterCommands } from './counter-commands.ts';
import { floorCommands } from './floor-commands.ts';
import { syncCommands } from './sync-commands.ts';
import { ticketCommands } from './ticket-commands.ts';

/** The core queue: every ticket, counter and floor command, and resync. */
export const queueFeature: Feature = {
  name: 'queue',
  commands: { ...ticketCommands, ...counterCommands, ...floorCommands, ...syncCommands },
};
