/**
 * The customer's path through the kiosk as plain data: which screen, how we got here (for
 * Back), and what has been chosen so far. Pure functions; the store holds the result.
 */
export type Step =
  | 'welcome'
  | 'hardZone'
  | 'customerType'
  | 'vip'
  | 'businessType'
  | 'materials'
  | 'priority'
  | 'confirm'
  | 'arrival'
  | 'ticket';

export interface Draft {
  laneId: string | null;
  businessTypeId: string | null;
  priorityGroupId: string | null;
  /** Typed VIP card/phone digits: kept only until the server has looked them up. */
  vipDigits: string;
  /** Tier the server recognised; null = not (yet) recognised. */
  vipTierId: string | null;
  /**
   * The server's proof of that recognition, sent with the ticket instead of the number: valid
   * for a few minutes and one ticket, for this kiosk only.
   */
  vipProof: string | null;
  /** False until the lookup ran: an unknown identifier shows the personal-lane offer. */
  vipLookedUp: boolean;
  /** One request id per attempt so a retry after a lost answer cannot issue twice. */
  requestId: string | null;
}

export interface FlowState {
  step: Step;
  history: Step[];
  draft: Draft;
}

export const EMPTY_DRAFT: Draft = {
  laneId: null,
  businessTypeId: null,
  priorityGroupId: null,
  vipDigits: '',
  vipTierId: null,
  vipProof: null,
  vipLookedUp: false,
  requestId: null,
};

export const INITIAL_FLOW: FlowState = { step: 'welcome', history: [], draft: EMPTY_DRAFT };

export function goTo(flow: FlowState, step: Step, draft: Partial<Draft> = {}): FlowState {
  return { step, history: [...flow.history, flow.step], draft: { ...flow.draft, ...draft } };
}

/** Back to the VIP screen (the check expired): as if the customer had pressed Back until there. */
export function backToVip(flow: FlowState): FlowState {
  const at = flow.history.lastIndexOf('vip');
  const reset: Partial<Draft> = { vipDigits: '', vipTierId: null, vipProof: null, vipLookedUp: false, requestId: null };
  if (at < 0) return goTo(flow, 'vip', reset);
  return { step: 'vip', history: flow.history.slice(0, at), draft: { ...flow.draft, ...reset } };
}

/** Back one screen, forgetting what was chosen on the screen we return to. */
export function goBack(flow: FlowState): FlowState {
  const previous = flow.history.at(-1);
  if (previous === undefined || flow.step === 'ticket') return INITIAL_FLOW;
  return { step: previous, history: flow.history.slice(0, -1), draft: { ...flow.draft, ...forgetOn(previous) } };
}

function forgetOn(step: Step): Partial<Draft> {
  switch (step) {
    case 'welcome':
    case 'hardZone':
    case 'customerType':
      return { ...EMPTY_DRAFT };
    case 'vip':
      return {
        vipDigits: '',
        vipTierId: null,
        vipProof: null,
        vipLookedUp: false,
        laneId: null,
        businessTypeId: null,
        priorityGroupId: null,
        requestId: null,
      };
    case 'businessType':
      return { businessTypeId: null, priorityGroupId: null, requestId: null };
    case 'materials':
    case 'priority':
      return { priorityGroupId: null, requestId: null };
    default:
      return { requestId: null };
  }
}
