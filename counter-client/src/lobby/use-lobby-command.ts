import { useCallback } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommandResults } from '@lobby/shared';
import { useSendCommand } from '../realtime/realtime-context.tsx';
import { errorMessage } from '../realtime/error-messages.ts';
import type { CommandInput, UserCommand } from '@lobby/shared/realtime-client';

/**
 * Sends one console action and says how it went: every failure code becomes its localized
 * message (never a silent failure); success shows a short confirmation unless told not to.
 * Resolves to the ack's data, or null on failure.
 */
export type RunCommand = <C extends UserCommand>(
  name: C,
  payload: CommandInput<C>,
  options?: { success?: string | false },
) => Promise<CommandResults[C] | null>;

export function useLobbyCommand(): RunCommand {
  const send = useSendCommand();
  const { t } = useTranslation('lobby');
  const { message } = App.useApp();
  return useCallback<RunCommand>(
    async (name, payload, options) => {
      const result = await send(name, payload);
      if (!result.ok) {
        void message.error({ content: errorMessage(t, result.code), key: `${name}-error` });
        return null;
      }
      if (options?.success !== false) void message.success(options?.success ?? t('done'));
      return result.data as CommandResults[typeof name];
    },
    [send, t, message],
  );
}
