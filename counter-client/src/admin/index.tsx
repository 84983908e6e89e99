import { Suspense, lazy, type ReactNode } from 'react';
import { Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAreaResources } from '../i18n/area-resources.ts';
import { useAppStore } from '../store/app-store.ts';
import { adminResources } from './i18n.ts';
import { ADMIN_TABS, useAdminTab, type AdminTab } from './admin-tabs.ts';
import { HeadOfficeBanner } from './head-office/head-office-banner.tsx';
import './admin.css';

const TodayDashboard = lazy(() => import('./dashboard/today-dashboard.tsx'));
const ReportsPage = lazy(() => import('./reports/reports-page.tsx'));
const ConfigEditor = lazy(() => import('./config/config-editor.tsx'));
const PeoplePage = lazy(() => import('./people/people-page.tsx'));
const VipImportPage = lazy(() => import('./people/vip-import-page.tsx'));
const KpiPage = lazy(() => import('./kpi/kpi-page.tsx'));
const ComplaintsPage = lazy(() => import('./complaints/complaints-page.tsx'));
const AuditPage = lazy(() => import('./audit/audit-page.tsx'));
const HeadOfficePage = lazy(() => import('./head-office/head-office-page.tsx'));
const HttpsPage = lazy(() => import('./https/https-page.tsx'));
const AppointmentsPage = lazy(() => import('./appointments/appointments-page.tsx'));

const PAGES: Record<AdminTab, () => ReactNode> = {
  dashboard: () => <TodayDashboard />,
  reports: () => <ReportsPage />,
  config: () => <ConfigEditor />,
  appointments: () => <AppointmentsPage />,
  staff: () => <PeoplePage />,
  vip: () => <VipImportPage />,
  kpi: () => <KpiPage />,
  complaints: () => <ComplaintsPage />,
  audit: () => <AuditPage />,
  headOffice: () => <HeadOfficePage />,
  https: () => <HttpsPage />,
};

/**
 * Branch administration (docs/domain.md §7 Admin, §8): one tab per task, the tab in the
 * address (/admin#reports ...) so a reload or a shared link opens the same page.
 */
export default function AdminApp() {
  useAreaResources('admin', adminResources);
  const { t } = useTranslation('admin');
  const [tab, setTab] = useAdminTab();
  const ready = useAppStore((s) => s.floor.config !== null);
  if (!ready) return <Spin size="large" className="page-spin" />;
  return (
    <div className="admin" data-testid="admin-app">
      <HeadOfficeBanner onOpen={() => setTab('headOffice')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as AdminTab)}
        items={ADMIN_TABS.map((key) => ({
          key,
          label: <span data-testid={`admin-tab-${key}`}>{t(`tabs.${key}`)}</span>,
        }))}
      />
      <Suspense fallback={<Spin size="large" className="page-spin" />}>{PAGES[tab]()}</Suspense>
    </div>
  );
}
