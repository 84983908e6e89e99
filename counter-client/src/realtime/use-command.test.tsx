// @vitest-environment jsdom
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntdApp } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/create-i18n.ts';
import { SendCommandContext } from './realtime-context.tsx';
import { useCommand, type CommandRunner } from './use-command.ts';
import type { SendCommand } from '@lobby/shared/realtime-client';

/** The double-click guard of every action button, with the socket replaced by a controllable fake. */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

let unmount: (() => void) | null = null;
afterEach(() => {
  act(() => unmount?.());
  unmount = null;
});

function mount(send: SendCommand): { current: CommandRunner<'counter:callNext'> } {
  const ref: { current: CommandRunner<'counter:callNext'> | null } = { current: null };
  function Probe() {
    ref.current = useCommand('counter:callNext');
    return null;
  }
  const wrap = (child: ReactNode) => (
    <I18nextProvider i18n={createI18n('zh')}>
      <AntdApp>
        <SendCommandContext.Provider value={send}>{child}</SendCommandContext.Provider>
      </AntdApp>
    </I18nextProvider>
  );
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(wrap(<Probe />)));
  unmount = () => root.unmount();
  return ref as { current: CommandRunner<'counter:callNext'> };
}

describe('useCommand', () => {
  it('sends once while the ack is pending; a second click returns null without sending', async () => {
    const ack = deferred<{ ok: false; code: 'QUEUE_EMPTY' }>();
    const fake = vi.fn((): Promise<{ ok: false; code: 'QUEUE_EMPTY' }> => ack.promise);
    const send = fake as unknown as SendCommand;
    const runner = mount(send);
    let first!: Promise<unknown>;
    let second!: Promise<unknown>;
    act(() => {
      first = runner.current.run({ counterId: 'c2' });
      second = runner.current.run({ counterId: 'c2' });
    });
    expect(await second).toBeNull();
    expect(runner.current.busy).toBe(true);
    await act(async () => {
      ack.resolve({ ok: false, code: 'QUEUE_EMPTY' });
      await first;
    });
    expect(await first).toEqual({ ok: false, code: 'QUEUE_EMPTY' });
    expect(runner.current.busy).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);

    // Once answered, the next click sends again.
    const again = deferred<{ ok: false; code: 'QUEUE_EMPTY' }>();
    fake.mockImplementationOnce(() => again.promise);
    await act(async () => {
      const p = runner.current.run({ counterId: 'c2' });
      again.resolve({ ok: false, code: 'QUEUE_EMPTY' });
      await p;
    });
    expect(send).toHaveBeenCalledTimes(2);
  });
});
