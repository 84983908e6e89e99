import { Card, Spin } from 'antd';
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
 * customers), what needs attention on the right (alerts, suspended customers, VIP rooms).
 * Laid out for a 10-inch tablet (1280×800) and wider desktops.
 */
export default function LobbyApp() {
  useAreaResources('lobby', lobbyResources);
  const ready = useAppStore((s) => s.floor.config !== null);
  if (!ready) return <Spin size="large" />;
  return (
    <ServerNowProvider>
      <LobbyFloor />
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
          <Card size="small" title={t('counters.title')}>
            <CountersTable />
          </Card>
          <Card size="small" title={t('tickets.title')}>
            <TicketLists />
          </Card>
        </div>
        <div className="lobby-right">
          <AlertsPanel />
          <BookingsPanel />
          <SuspendedPanel />
          <VipRoomsPanel />
        </div>
      </div>
      <TicketDrawer />
    </div>
  );
}
