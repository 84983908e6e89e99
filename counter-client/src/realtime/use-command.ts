import { useCallback, useRef, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSendCommand } from './realtime-context.tsx';
import { errorMessage } from './error-messages.ts';
import type { CommandInput, CommandResult, UserCommand } from '@lobby/shared/realtime-client';

export interface CommandRunner<C extends UserCommand> {
  /** Sends once; returns null without sending when the previous send is still pending. */
  run: (payload: CommandInput<C>) => Promise<CommandResult<C> | null>;
  busy: boolean;
}

/**
 * A button's command: one requestId per click, busy while the ack is pending, and a second
 * click during that time does nothing (a ref, not state, so two clicks in one frame are
 * caught too). Every failure is shown as a localized message unless the caller handles it.
 */
export function useCommand<C extends UserCommand>(
  name: C,
  options: { showError?: (result: Exclude<CommandResult<C>, { ok: true }>) => boolean } = {},
): CommandRunner<C> {
  const send = useSendCommand();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pending = useRef(false);
  const [busy, setBusy] = useState(false);
  const { showError } = options;

  const run = useCallback(
    async (payload: CommandInput<C>): Promise<CommandResult<C> | null> => {
      if (pending.current) return null;
      pending.current = true;
      setBusy(true);
      try {
        const result = await send(name, payload);
        if (!result.ok && (showError?.(result) ?? true)) void message.error(errorMessage(t, result.code));
        return result;
      } finally {
        pending.current = false;
        setBusy(false);
      }
    },
    [send, name, t, message, showError],
  );
  return { run, busy };
}
