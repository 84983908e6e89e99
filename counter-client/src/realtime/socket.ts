import { openRealtime, type RealtimeConnection } from '@lobby/shared/realtime-client';
import type { AppStore } from '../store/app-store.ts';

/**
 * The staff session's socket: created once per sign-in, outside React; every queue event
 * and `alerts:updated` lands in the realtime slice. Public events are ignored (a staff
 * socket should never get them; if it did they carry no customer data we could use).
 */
export function connectStaffRealtime(store: AppStore, token: string, url?: string): RealtimeConnection {
  const s = () => store.getState();
  return openRealtime(
    token,
    {
      currentSeq: () => s().floor.seq,
      applySnapshot: (snapshot) => {
        if (snapshot.audience === 'staff') s().applySnapshot(snapshot);
      },
      applyEvent: (event) => {
        if (event.audience === 'staff') s().applyEvent(event);
      },
      setConnection: (state) => s().setConnection(state),
      setPrincipal: (principal) => s().setPrincipal(principal),
      setAlerts: (alerts) => s().setAlerts(alerts),
      setWriteHealth: (health) => s().setWriteHealth(health),
      onDenied: (reason) => s().clearSession(reason === 'idle' ? 'idle' : 'revoked'),
      onSignedInElsewhere: (info) => s().signedInElsewhere(info),
    },
    url ? { url } : {},
  );
}
