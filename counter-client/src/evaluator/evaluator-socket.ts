import { callRoute, EVALUATOR_ROUTES, type EvaluatorTeller } from '@lobby/shared';
import { openRealtime, type RealtimeConnection } from '@lobby/shared/realtime-client';
import type { AppStore } from '../store/app-store.ts';

/** Events after which the teller at this counter may have changed. */
const TELLER_CHANGES = new Set(['counter:signedOn', 'counter:signedOff', 'day:closed', 'day:opened']);

/** Who serves at this evaluator's counter: a scoped REST call, never in the public projection. */
async function fetchTeller(deviceToken: string, url = ''): Promise<EvaluatorTeller | null> {
  const r = await callRoute(EVALUATOR_ROUTES.teller, {}, { token: deviceToken, baseUrl: url });
  return r.ok ? r.data : null;
}

/** The evaluator tablet's device socket: public projection only, bound to one counter by the server. */
export function connectEvaluatorRealtime(
  store: AppStore,
  deviceToken: string,
  onRevoked: () => void,
  url?: string,
): RealtimeConnection {
  const s = () => store.getState();
  const refreshTeller = () => void fetchTeller(deviceToken, url).then((teller) => s().setEvaluatorTeller(teller));
  return openRealtime(
    deviceToken,
    {
      currentSeq: () => s().evaluator.seq,
      applySnapshot: (snapshot) => {
        if (snapshot.audience !== 'public') return;
        s().applyEvaluatorSnapshot(snapshot);
        refreshTeller();
      },
      applyEvent: (event) => {
        if (event.audience !== 'public') return;
        s().applyEvaluatorEvent(event);
        if (TELLER_CHANGES.has(event.type) && (!event.counter || event.counter.id === s().evaluator.counterId))
          refreshTeller();
      },
      setConnection: (state) => s().setEvaluatorConnection(state),
      setPrincipal: (principal) => s().setEvaluatorCounter(principal.counterId),
      onDenied: onRevoked,
    },
    url ? { url } : {},
  );
}
