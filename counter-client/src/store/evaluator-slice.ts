import type { StateCreator } from 'zustand';
import type { EvaluatorTeller, PublicQueueEvent, PublicSnapshot } from '@lobby/shared';
import type { LinkState as ConnectionState } from '@lobby/shared/realtime-client';
import {
  applyEvaluatorEvent,
  emptyEvaluatorData,
  evaluatorFromSnapshot,
  type EvaluatorData,
} from '../evaluator/evaluator-data.ts';
import type { AppState } from './app-store.ts';

/** The customer-facing evaluator tablet: a device session, independent of staff sign-in. */
export interface EvaluatorSlice {
  evaluator: EvaluatorData & { connection: ConnectionState; teller: EvaluatorTeller | null };
  setEvaluatorTeller: (teller: EvaluatorTeller | null) => void;
  setEvaluatorCounter: (counterId: string | null) => void;
  setEvaluatorConnection: (connection: ConnectionState) => void;
  applyEvaluatorSnapshot: (snapshot: PublicSnapshot) => void;
  applyEvaluatorEvent: (event: PublicQueueEvent) => void;
  closeRatingPrompt: () => void;
  /** Who served the prompt's ticket, once the server said (ignored if the prompt moved on). */
  setPromptServedBy: (ticketId: string, teller: EvaluatorTeller | null) => void;
  resetEvaluator: () => void;
}

export const createEvaluatorSlice: StateCreator<AppState, [], [], EvaluatorSlice> = (set) => ({
  evaluator: { ...emptyEvaluatorData(), connection: 'connecting', teller: null },
  setEvaluatorTeller: (teller) => set((s) => ({ evaluator: { ...s.evaluator, teller } })),
  setEvaluatorCounter: (counterId) => set((s) => ({ evaluator: { ...s.evaluator, counterId } })),
  setEvaluatorConnection: (connection) => set((s) => ({ evaluator: { ...s.evaluator, connection } })),
  applyEvaluatorSnapshot: (snapshot) =>
    set((s) => ({
      evaluator: {
        ...evaluatorFromSnapshot(s.evaluator, snapshot),
        connection: s.evaluator.connection,
        teller: s.evaluator.teller,
      },
    })),
  resetEvaluator: () => set({ evaluator: { ...emptyEvaluatorData(), connection: 'connecting', teller: null } }),
  applyEvaluatorEvent: (event) =>
    set((s) => ({
      evaluator: {
        ...applyEvaluatorEvent(s.evaluator, event, Date.now()),
        connection: s.evaluator.connection,
        teller: s.evaluator.teller,
      },
    })),
  closeRatingPrompt: () => set((s) => ({ evaluator: { ...s.evaluator, prompt: null } })),
  setPromptServedBy: (ticketId, teller) =>
    set((s) =>
      s.evaluator.prompt?.ticketId === ticketId
        ? { evaluator: { ...s.evaluator, prompt: { ...s.evaluator.prompt, servedBy: teller } } }
        : {},
    ),
});
