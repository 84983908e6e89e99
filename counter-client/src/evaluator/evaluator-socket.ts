import type { AppStore } from '../store/app-store.ts';
import { openRealtime, type RealtimeConnection } from '../realtime/synced-socket.ts';

/** The evaluator tablet's device socket: public projection only, bound to one counter by the server. */
export function connectEvaluatorRealtime(store: AppStore, deviceToken: string, onRevoked: () => void, url?: string): RealtimeConnection {
  const s = () => store.getState();
  return openRealtime(
    deviceToken,
    {
      currentSeq: () => s().evaluator.seq,
      applySnapshot: (snapshot) => {
        if (snapshot.audience === 'public') s().applyEvaluatorSnapshot(snapshot);
      },
      applyEvent: (event) => {
        if (event.audience === 'public') s().applyEvaluatorEvent(event);
      },
      setConnection: (state) => s().setEvaluatorConnection(state),
      setPrincipal: (principal) => s().setEvaluatorCounter(principal.counterId),
      onRevoked,
    },
    url,
  );
}
