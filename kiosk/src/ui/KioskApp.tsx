import { useCallback, useEffect, useState } from 'react';
import { useActions, useKiosk } from './kiosk-context.tsx';
import { idleTimeoutMs } from '../logic/idle.ts';
import { useIdleTimeout } from './use-idle-timeout.ts';
import { WelcomeScreen } from './screens/WelcomeScreen.tsx';
import { HardZoneScreen } from './screens/HardZoneScreen.tsx';
import { CustomerTypeScreen } from './screens/CustomerTypeScreen.tsx';
import { VipScreen } from './screens/VipScreen.tsx';
import { BusinessTypeScreen } from './screens/BusinessTypeScreen.tsx';
import { MaterialsScreen } from './screens/MaterialsScreen.tsx';
import { PriorityScreen } from './screens/PriorityScreen.tsx';
import { ConfirmScreen } from './screens/ConfirmScreen.tsx';
import { TicketScreen } from './screens/TicketScreen.tsx';
import { ArrivalScreen } from './screens/ArrivalScreen.tsx';
import { OfflineScreen } from './screens/OfflineScreen.tsx';
import { UnpairedScreen } from './screens/UnpairedScreen.tsx';
import { BranchBlockedScreen } from './screens/BranchBlockedScreen.tsx';
import { RefusalOverlay } from './RefusalOverlay.tsx';
import { PrintTicket } from '../print/PrintTicket.tsx';
import type { Step } from '../logic/flow.ts';

const STEP_SCREENS: Record<Step, () => React.JSX.Element | null> = {
  welcome: WelcomeScreen,
  hardZone: HardZoneScreen,
  customerType: CustomerTypeScreen,
  vip: VipScreen,
  businessType: BusinessTypeScreen,
  materials: MaterialsScreen,
  priority: PriorityScreen,
  confirm: ConfirmScreen,
  arrival: ArrivalScreen,
  ticket: TicketScreen,
};

/** Re-judges the business hours every few seconds: the branch closes while the kiosk idles. */
function useBranchRefusal() {
  const actions = useActions();
  // Re-run when the floor changes too (emergency start/end, config change).
  useKiosk((s) => s.emergency);
  useKiosk((s) => s.config);
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 5000);
    return () => clearInterval(timer);
  }, []);
  return actions.branchRefusal();
}

function CurrentScreen() {
  const connection = useKiosk((s) => s.connection);
  const hasConfig = useKiosk((s) => s.config !== null);
  const step = useKiosk((s) => s.flow.step);
  const blocked = useBranchRefusal();
  if (connection === 'unpaired') return <UnpairedScreen />;
  // A ticket already issued stays on screen; everything else needs the live server.
  if (step !== 'ticket' && (connection !== 'online' || !hasConfig)) return <OfflineScreen />;
  if (blocked && (step !== 'ticket' || blocked.kind === 'emergency')) return <BranchBlockedScreen refusal={blocked} />;
  const Screen = STEP_SCREENS[step];
  return (
    <>
      <Screen />
      <RefusalOverlay />
    </>
  );
}

export function KioskApp() {
  const actions = useActions();
  const step = useKiosk((s) => s.flow.step);
  const timeOut = useCallback(() => actions.timeOut(), [actions]);
  // The ticket screen runs its own (shorter, visible) countdown.
  useIdleTimeout(step === 'ticket' ? null : idleTimeoutMs(step), timeOut, step);
  return (
    <>
      <div className="screen-root" data-step={step}>
        <CurrentScreen />
      </div>
      <div className="print-root">
        <PrintTicket />
      </div>
    </>
  );
}
