// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntdApp } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { afterEach, expect, it, vi } from 'vitest';
import { CONFIG_ROUTES } from '@lobby/shared';
import { createI18n } from '../i18n/create-i18n.ts';
import { AppStoreContext, createAppStore } from '../store/app-store.ts';
import { useRemote } from './use-admin-api.ts';

/**
 * Switching 中文/English re-renders every admin page; it must not reload their data. A reload
 * re-keys the configuration form, which throws away what the admin typed and not yet saved.
 */
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => vi.unstubAllGlobals());

it('keeps the loaded data when the language changes: no second request', async () => {
  const fetchMock = vi.fn(
    async () => new Response(JSON.stringify({ ok: true, data: { version: 3 } }), { status: 200 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  const i18n = createI18n('zh');
  const seen: unknown[] = [];
  function Probe() {
    const remote = useRemote(CONFIG_ROUTES.get, {});
    seen.push(remote.data);
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await act(async () => {
    root.render(
      <I18nextProvider i18n={i18n}>
        <AppStoreContext.Provider value={createAppStore()}>
          <AntdApp>
            <Probe />
          </AntdApp>
        </AppStoreContext.Provider>
      </I18nextProvider>,
    );
  });
  expect(seen.at(-1)).toEqual({ version: 3 });
  expect(fetchMock).toHaveBeenCalledTimes(1);

  await act(async () => {
    await i18n.changeLanguage('en');
  });
  // The switch did re-render the page…
  expect(seen.length).toBeGreaterThan(2);
  // …and asked the server nothing.
  expect(fetchMock).toHaveBeenCalledTimes(1);
  act(() => root.unmount());
});
