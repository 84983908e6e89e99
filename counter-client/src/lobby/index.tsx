import { Card, ConfigProvider, Spin, type ThemeConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAreaResources } from '../i18n/area-resources.ts';
import { useAppStore } from '../store/app-store.ts';
import { lobbyResources } from './i18n.ts';
import { ServerNowProvider } from './server-now.tsx';
import { LobbyToolbar } from './lobby-toolbar.tsx';
import { LaneCards } from './lane-cards.tsx';
import { CountersTable } from './counters-table.tsx';
import { TicketLists } from './ticket-lists.tsx';
import { AlertsPanel } from './alerts-panel.tsx';
import { SuspendedPanel } from './suspended-panel.tsx';
import { VipRoomsPanel } from './vip-rooms-panel.tsx';
import { TicketDrawer } from './ticket-drawer.tsx';
import { BookingsPanel } from './bookings-panel.tsx';
import './lobby.css';

/**
 * The lobby manager console (docs/domain.md §7): the live floor on the left (lanes, counters,
 * customers), what needs attention beside it (alerts and suspended customers; VIP rooms and
 * today's bookings). From a 1280×800 tablet up it fills the window without page scroll: every
 * panel stays in view and long lists scroll inside their panel (lobby.css).
 */
/** Denser table rows than antd's small size: eight counters and the customer list share one column. */
const LOBBY_THEME: ThemeConfig = { components: { Table: { cellPaddingBlockSM: 4 } } };

export default function LobbyApp() {
  useAreaResources('lobby', lobbyResources);
  const ready = useAppStore((s) => s.floor.config !== null);
  if (!ready) return <Spin size="large" />;
  return (
    <ServerNowProvider>
      <ConfigProvider theme={LOBBY_THEME}>
        <LobbyFloor />
      </ConfigProvider>
    </ServerNowProvider>
  );
}

function LobbyFloor() {
  const { t } = useTranslation('lobby');
  return (
    <div className="lobby" data-testid="lobby-console">
      <LobbyToolbar />
      <LaneCards />
      <div className="lobby-main">
        <div className="lobby-left">
          <Card size="small" title={t('counters.title')} className="lobby-counters" data-testid="lobby-counters">
            <CountersTable />
          </Card>
          <Card size="small" title={t('tickets.title')} className="lobby-tickets" data-testid="lobby-tickets">
            <TicketLists />
          </Card>
        </div>
        <div className="lobby-side lobby-side-attention">
          <AlertsPanel />
          <SuspendedPanel />
        </div>
        <div className="lobby-side lobby-side-rooms">
          <VipRoomsPanel />
          <BookingsPanel />
        </div>
      </div>
      <TicketDrawer />
    </div>
  );
}
