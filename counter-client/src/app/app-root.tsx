import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import { App as AntdApp, Button, ConfigProvider, Result, Spin } from 'antd';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import dayjs from 'dayjs';
import type { OtherSignIn, UiLanguage } from '@lobby/shared';
import { AppStoreContext, useAppStore, useAppStoreApi, type AppStore } from '../store/app-store.ts';
import type { StaffSession } from '../store/session-slice.ts';
import { antdLocale, dayjsLocale, saveLanguage } from '../i18n/language.ts';
import { forgetSession, saveSession } from '../auth/session-storage.ts';
import { logout } from '../auth/auth-api.ts';
import { SignInPage } from '../auth/sign-in-page.tsx';
import { ForcedPasswordPage } from '../auth/forced-password-page.tsx';
import { homePathOf, routeOf } from './routes.ts';
import { navigate, usePathname } from './navigation.ts';
import { StaffShell } from './staff-shell.tsx';

const EvaluatorApp = lazy(() => import('../evaluator/evaluator-app.tsx'));

interface Props {
  store: AppStore;
  i18n: I18n;
  initialLanguage: UiLanguage;
}

/** Providers (store, i18n, antd locale) and the top-level choice of page. */
/**
 * A user who asked the system for less motion gets antd without animations (dialogs, drawers
 * and toasts appear at once). The browser tests ask for it too, so they wait for states, never
 * for an animation to end.
 */
function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

export function AppRoot({ store, i18n, initialLanguage }: Props) {
  const [language, setLanguage] = useState<UiLanguage>(initialLanguage);
  // Any LanguageSwitch changes i18next; the antd locale, dayjs and the saved choice follow.
  useEffect(() => {
    const follow = (lng: string) => {
      const next: UiLanguage = lng === 'en' ? 'en' : 'zh';
      setLanguage(next);
      saveLanguage(window.localStorage, next);
    };
    i18n.on('languageChanged', follow);
    return () => i18n.off('languageChanged', follow);
  }, [i18n]);
  useEffect(() => {
    dayjs.locale(dayjsLocale(language));
    document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
  }, [language]);

  return (
    <AppStoreContext.Provider value={store}>
      <I18nextProvider i18n={i18n}>
        <ConfigProvider
          locale={antdLocale(language)}
          theme={{ token: { colorPrimary: '#b8242a', borderRadius: 6, motion: !prefersReducedMotion() } }}
        >
          <AntdApp>
            <Routes />
          </AntdApp>
        </ConfigProvider>
      </I18nextProvider>
    </AppStoreContext.Provider>
  );
}

function Routes() {
  const route = routeOf(usePathname());
  const store = useAppStoreApi();
  const session = useAppStore((s) => s.session);

  const signIn = useCallback(
    (next: StaffSession, elsewhere: OtherSignIn[] = []) => {
      saveSession(window.sessionStorage, next);
      store.getState().setSession(next, elsewhere);
      if (route === 'home' || route === 'unknown') navigate(homePathOf(next.user.role), { replace: true });
    },
    [store, route],
  );
  const signOut = useCallback(() => {
    const current = store.getState().session;
    if (current) logout(current.token);
    forgetSession(window.sessionStorage);
    store.getState().clearSession();
  }, [store]);

  // A revoked session (server said so) also forgets the stored token.
  useEffect(() => {
    if (session === null) forgetSession(window.sessionStorage);
  }, [session]);
  useEffect(() => {
    if (session && route === 'home') navigate(homePathOf(session.user.role), { replace: true });
  }, [session, route]);

  if (route === 'evaluator') {
    return (
      <Suspense fallback={<Spin size="large" />}>
        <EvaluatorApp />
      </Suspense>
    );
  }
  if (!session) return <SignInPage onSignedIn={signIn} />;
  if (session.user.mustChangePassword)
    return <ForcedPasswordPage session={session} onChanged={signIn} onSignOut={signOut} />;
  if (route === 'unknown') return <NotFound role={session.user.role} />;
  if (route === 'home') return <Spin size="large" />;
  return <StaffShell session={session} route={route} onSignOut={signOut} onSessionRenewed={signIn} />;
}

function NotFound({ role }: { role: StaffSession['user']['role'] }) {
  const { t } = useTranslation('common');
  return (
    <Result
      status="404"
      title={t('route.notFound')}
      subTitle={t('route.notFoundHint')}
      extra={
        <Button type="primary" onClick={() => navigate(homePathOf(role))}>
          {t('route.goHome')}
        </Button>
      }
    />
  );
}
