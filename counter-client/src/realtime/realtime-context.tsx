import { createContext, useContext } from 'react';
import type { SendCommand } from '@lobby/shared/realtime-client';

/** The live connection of the current sign-in (or paired device), for components that send commands. */
export const SendCommandContext = createContext<SendCommand | null>(null);

export function useSendCommand(): SendCommand {
  const send = useContext(SendCommandContext);
  if (!send) throw new Error('useSendCommand outside a connected session');
  return send;
}
