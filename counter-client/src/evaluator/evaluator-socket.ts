import { callRoute, EVALUATOR_ROUTES, type EvaluatorTeller } from '@lobby/shared';
import { openRealtime, type RealtimeConnection } from '@lobby/shared/realtime-client';
import type { AppStore } from '../store/app-store.ts';

/** Events after which the teller at this counter may have changed. */
const TELLER_CHANGES = new Set(['counter:signedOn', 'counter:signedOff', 'day:closed', 'day:opened']);

/** Who serves at this evaluator's counter: a scoped REST call, never in the public projection. */
async function fetchTeller(deviceToken: string, url = '', ticketId?: string): Promise<EvaluatorTeller | null> {
  const query = ticketId === undefined ? {} : { ticketId };
  const r = await callRoute(EVALUATOR_ROUTES.teller, { query }, { token: deviceToken, baseUrl: url });
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
        // A rating prompt opened: name the teller who served that ticket, as during the service.
        const prompt = s().evaluator.prompt;
        if (event.type === 'ticket:finished' && prompt && prompt.ticketId === event.ticket?.id)
          void fetchTeller(deviceToken, url, prompt.ticketId).then((t) => s().setPromptServedBy(prompt.ticketId, t));
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
