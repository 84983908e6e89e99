import { useEffect } from 'react';
import { App as AntApp, Badge, Button, ConfigProvider, Layout, Menu, Segmented } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import type { HqRegion } from '@lobby/shared';
import { apiCall } from './api.ts';
import { startLive, stopLive } from './live.ts';
import { BranchesPage } from './pages/branches-page.tsx';
import { CataloguePage } from './pages/catalogue-page.tsx';
import { GridPage } from './pages/grid-page.tsx';
import { KpiPage } from './pages/kpi-page.tsx';
import { ReportsPage } from './pages/reports-page.tsx';
import { SignIn } from './pages/sign-in.tsx';
import { HQ_PAGES, usePage } from './routes.ts';
import { useHq } from './store.ts';

/** Head office: sign-in, then the live grid, reports, scorecard, catalogue and branch registry. */
export function Root() {
  const lang = useHq((s) => s.lang);
  const { i18n } = useTranslation();
  useEffect(() => {
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [i18n, lang]);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#b71c1c' } }}>
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const session = useHq((s) => s.session);
  const connected = useHq((s) => s.connected);
  const lang = useHq((s) => s.lang);
  const [page, setPage] = usePage();
  useEffect(() => {
    if (!session) return;
    startLive(session.token);
    void apiCall<HqRegion[]>(session.token, 'GET', '/regions').then((r) => r.ok && useHq.getState().setRegions(r.data));
    return stopLive;
  }, [session]);
  const langSwitch = (
    <Segmented
      data-testid="lang-switch"
      size="small"
      value={lang}
      onChange={(v) => useHq.getState().setLang(v as 'zh' | 'en')}
      options={[
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
  if (!session) return <SignIn langSwitch={langSwitch} />;
  const pages = HQ_PAGES.filter((p) => p !== 'branches' || session.user.role === 'admin');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="hq-header">
        <h1>{t('app.title')}</h1>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[page]}
          onClick={(e) => setPage(e.key as typeof page)}
          items={pages.map((p) => ({ key: p, label: <span data-testid={`nav-${p}`}>{t(`nav.${p}`)}</span> }))}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Badge
          status={connected ? 'success' : 'error'}
          text={<span style={{ color: '#fff' }}>{connected ? t('app.live') : t('app.offline')}</span>}
        />
        {langSwitch}
        <span>{session.user.name}</span>
        <Button
          size="small"
          onClick={() => {
            void apiCall(session.token, 'POST', '/auth/logout');
            useHq.getState().setSession(null);
          }}
        >
          {t('app.signOut')}
        </Button>
      </Layout.Header>
      <Layout.Content className="hq-content">
        {page === 'grid' && <GridPage />}
        {page === 'reports' && <ReportsPage />}
        {page === 'kpi' && <KpiPage />}
        {page === 'catalogue' && <CataloguePage />}
        {page === 'branches' && <BranchesPage />}
      </Layout.Content>
    </Layout>
  );
}
