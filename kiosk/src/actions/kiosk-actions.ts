import type { i18n } from 'i18next';
import { mobileTicketUrl, ticketQrBase, type IssuedTicket, type UiLanguage } from '@lobby/shared';
import { EMPTY_ARRIVAL, type ArrivalOutcome, type KioskStore, type KioskState } from '../state/kiosk-store.ts';
import type { KioskCommands } from '../realtime/kiosk-socket.ts';
import type { Printer } from '../print/printer.ts';
import { backToVip, EMPTY_DRAFT, goBack, goTo, INITIAL_FLOW, type Step } from '../logic/flow.ts';
import { branchRefusal, laneRefusal, refusalFromCode, type Refusal } from '../logic/refusals.ts';
import { businessTypesOf, laneById, laneOfKind, vipLane } from '../logic/lanes.ts';
import { afterBusinessType, afterLane, afterMaterials, type NextScreen } from '../logic/flow-skips.ts';
import { canSubmitVip, pressKey } from '../logic/vip-keypad.ts';
import { pressArrivalKey, typedArrivalQuery } from '../logic/arrival-input.ts';
import { newRequestId } from '@lobby/shared/realtime-client';

/**
 * What the customer's taps do. Screens call these; they read and write the store and talk
 * to the server through `commands`. Kept out of components so the flow is one readable place.
 */
export interface KioskActionDeps {
  store: KioskStore;
  commands: KioskCommands;
  printer: Printer;
  i18n: i18n;
  /** Absolute URL of the mobile ticket page → QR image (data URL). */
  makeQr: (url: string) => Promise<string>;
  /** The kiosk page's own origin: where phones open the mobile page unless the branch configured a public address. */
  origin: string;
  /** Resolves once React has painted the latest state (the print DOM must exist). */
  afterPaint: () => Promise<void>;
}

export type KioskActions = ReturnType<typeof createKioskActions>;

export function createKioskActions(deps: KioskActionDeps) {
  const { store, commands } = deps;
  const get = () => store.getState();
  const set = (patch: Partial<KioskState>) => store.setState(patch);
  const now = () => Date.now() + get().clockOffsetMs;

  const go = (step: Step, draft: Partial<KioskState['flow']['draft']> = {}) =>
    set({ flow: goTo(get().flow, step, draft), refusal: null });

  /** Lane-level refusal from live figures, shown before the customer picks anything else. */
  const refuseLane = (laneId: string): boolean => {
    const { config, lanes } = get();
    const lane = config ? laneById(config, laneId) : undefined;
    const refusal = lane ? laneRefusal(lane, lanes[lane.id]) : null;
    if (refusal) set({ refusal });
    return refusal !== null;
  };

  const refuseFromServer = (
    code: Parameters<typeof refusalFromCode>[0] | 'UNREACHABLE',
    laneId: string | null,
  ): Refusal => {
    if (code === 'UNREACHABLE') return { kind: 'unreachable' };
    const { config, emergency } = get();
    if (!config) return { kind: 'server_error', code };
    return refusalFromCode(code, { laneId, hours: config.hours, emergencyMessage: emergency.message, now: now() });
  };

  const goNext = (next: NextScreen, draft: Partial<KioskState['flow']['draft']> = {}) =>
    go(next.step, { ...draft, ...next.draft });

  /** The customer's VIP check was recognised (its proof stands for the card or ID). */
  const vipRecognised = () => get().flow.draft.vipTierId !== null;

  const startLane = (laneId: string) => {
    const { config } = get();
    if (!config || refuseLane(laneId)) return;
    goNext(afterLane(config, laneId, vipRecognised()));
  };

  /** Where the ticket QR sends phones; null (no QR on the ticket, a warning for staff) when no phone could reach it. */
  const qrBase = (): string | null => ticketQrBase(get().config?.branch.mobileBaseUrl, deps.origin);

  /**
   * An ok ack's ticket goes on screen and on paper: the only way a number reaches the customer.
   * The identifier, if any, leaves the store with it.
   */
  async function present(
    issued: IssuedTicket,
    outcome: ArrivalOutcome | null,
    keep: Partial<KioskState['flow']['draft']>,
  ) {
    const base = qrBase();
    const qr = base === null ? null : await deps.makeQr(mobileTicketUrl(issued.mobilePath, base, '')).catch(() => null);
    const after = get().flow;
    set({
      busy: false,
      issued,
      issuedQr: qr,
      printStatus: 'printing',
      arrival: EMPTY_ARRIVAL,
      arrivalOutcome: outcome,
      flow: {
        step: 'ticket',
        history: [...after.history, after.step],
        draft: { ...EMPTY_DRAFT, laneId: issued.laneId, businessTypeId: issued.businessTypeId, ...keep },
      },
    });
    await deps.afterPaint();
    if (get().issued?.ticket.id !== issued.ticket.id) return;
    const printed = await deps.printer.print();
    if (get().issued?.ticket.id === issued.ticket.id) set({ printStatus: printed.ok ? 'printed' : 'failed' });
  }

  /**
   * Check-in and activation at the 预约取号 screen: one request id per attempt, kept only across
   * a lost answer (the server replays it) so a retry cannot issue a second ticket.
   */
  async function arrive<T>(
    send: (
      requestId: string,
    ) => Promise<{ ok: true; data: T } | { ok: false; code: Parameters<typeof refuseFromServer>[0] }>,
    shown: (data: T) => [IssuedTicket, ArrivalOutcome],
  ) {
    const { flow, busy, config } = get();
    if (busy || !config || flow.step !== 'arrival') return;
    const early = branchRefusal(config.hours, get().emergency, now());
    if (early) return set({ refusal: early });
    const requestId = flow.draft.requestId ?? newRequestId();
    set({ busy: true, refusal: null, flow: { ...flow, draft: { ...flow.draft, requestId } } });
    const res = await send(requestId);
    if (get().flow.step !== 'arrival') return set({ busy: false });
    if (!res.ok) {
      const cur = get().flow;
      return set({
        busy: false,
        refusal: refuseFromServer(res.code, null),
        flow: { ...cur, draft: { ...cur.draft, requestId: res.code === 'UNREACHABLE' ? requestId : null } },
      });
    }
    const [issued, outcome] = shown(res.data);
    await present(issued, outcome, {});
  }

  function reset(opts: { language?: UiLanguage } = {}) {
    set({
      flow: INITIAL_FLOW,
      refusal: null,
      busy: false,
      issued: null,
      issuedQr: null,
      printStatus: 'idle',
      arrival: EMPTY_ARRIVAL,
      arrivalOutcome: null,
    });
    if (opts.language) setLanguage(opts.language);
  }

  function setLanguage(lang: UiLanguage) {
    set({ lang });
    void deps.i18n.changeLanguage(lang);
  }

  return {
    reset,
    setLanguage,
    qrBase,
    /** Current branch-level refusal (hours, emergency), judged on the server's clock. */
    branchRefusal(): Refusal | null {
      const { config, emergency } = get();
      return config ? branchRefusal(config.hours, emergency, now()) : null;
    },
    chooseSoftZone: () => go('customerType'),
    chooseHardZone: () => go('hardZone'),
    chooseFastLane() {
      const { config } = get();
      const fast = config ? laneOfKind(config, 'fast') : undefined;
      if (fast) startLane(fast.id);
    },
    chooseLane: startLane,
    chooseVip() {
      const { config } = get();
      const lane = config ? vipLane(config) : undefined;
      if (!lane || refuseLane(lane.id)) return;
      go('vip', { vipDigits: '', vipTierId: null, vipProof: null, vipLookedUp: false });
    },
    pressVipKey(key: string) {
      const { flow } = get();
      set({
        flow: {
          ...flow,
          draft: {
            ...flow.draft,
            vipDigits: pressKey(flow.draft.vipDigits, key),
            vipLookedUp: false,
            vipTierId: null,
            vipProof: null,
          },
        },
      });
    },
    async submitVip() {
      const { flow, config, busy } = get();
      const lane = config ? vipLane(config) : undefined;
      if (busy || !lane || !canSubmitVip(flow.draft.vipDigits)) return;
      set({ busy: true, refusal: null });
      const res = await commands.lookupVip({ requestId: newRequestId(), vipIdentifier: flow.draft.vipDigits });
      const current = get().flow;
      // The customer may have cancelled while we waited: then there is nothing to update.
      if (current.step !== 'vip') return set({ busy: false });
      if (!res.ok) return set({ busy: false, refusal: refuseFromServer(res.code, lane.id) });
      const { tierId, proof } = res.data;
      set({
        busy: false,
        flow: {
          ...current,
          draft: {
            ...current.draft,
            vipLookedUp: true,
            vipTierId: proof === null ? null : tierId,
            vipProof: proof,
            // The number has done its job (the proof stands for it): forget it now.
            vipDigits: '',
          },
        },
      });
    },
    continueAsVip() {
      const { config, flow } = get();
      const lane = config ? vipLane(config) : undefined;
      if (!config || !lane || flow.draft.vipTierId === null) return;
      if (refuseLane(lane.id)) return;
      goNext(afterLane(config, lane.id, true));
    },
    /** VIP not recognised: offer the personal lane instead. */
    switchToPersonal() {
      const { config } = get();
      const personal = config ? laneOfKind(config, 'personal') : undefined;
      if (!config || !personal || refuseLane(personal.id)) return;
      goNext(afterLane(config, personal.id, false), {
        vipDigits: '',
        vipTierId: null,
        vipProof: null,
        vipLookedUp: false,
      });
    },
    retryVip() {
      const { flow } = get();
      set({
        refusal: null,
        flow: { ...flow, draft: { ...flow.draft, vipDigits: '', vipTierId: null, vipProof: null, vipLookedUp: false } },
      });
    },
    chooseBusinessType(businessTypeId: string) {
      const { config } = get();
      const bt = config?.businessTypes.find((b) => b.id === businessTypeId);
      if (!config || !bt) return;
      goNext(afterBusinessType(config, bt, vipRecognised()));
    },
    confirmMaterials() {
      const { config } = get();
      if (config) goNext(afterMaterials(config));
    },
    choosePriority(priorityGroupId: string | null) {
      go('confirm', { priorityGroupId });
    },
    async issueTicket() {
      const { flow, busy, config } = get();
      const { laneId, businessTypeId } = flow.draft;
      if (busy || !config || laneId === null || businessTypeId === null || flow.step !== 'confirm') return;
      if (!businessTypesOf(config, laneId).some((b) => b.id === businessTypeId))
        return set({ refusal: { kind: 'server_error', code: 'INVALID_PAYLOAD' } });
      const early = branchRefusal(config.hours, get().emergency, now());
      if (early) return set({ refusal: early });
      if (refuseLane(laneId)) return;
      // Keep the request id across retries: if the first answer was lost, the server replays it.
      const requestId = flow.draft.requestId ?? newRequestId();
      set({ busy: true, refusal: null, flow: { ...flow, draft: { ...flow.draft, requestId } } });
      const res = await commands.issueTicket({
        requestId,
        laneId,
        businessTypeId,
        priorityGroupId: flow.draft.priorityGroupId,
        vipIdentifier: null,
        vipProof: flow.draft.vipTierId !== null ? flow.draft.vipProof : null,
      });
      if (get().flow.step !== 'confirm') return set({ busy: false });
      if (!res.ok) {
        // Only a lost answer may be replayed; after a real refusal the next try is a new request.
        const cur = get().flow;
        const keepId = res.code === 'UNREACHABLE' ? requestId : null;
        return set({
          busy: false,
          refusal: refuseFromServer(res.code, laneId),
          flow: { ...cur, draft: { ...cur.draft, requestId: keepId } },
        });
      }
      await present(res.data, null, {
        priorityGroupId: get().flow.draft.priorityGroupId,
        vipTierId: get().flow.draft.vipTierId,
      });
    },
    /** 预约取号: the customer has a booking, or took a ticket on the phone. */
    chooseArrival: () => {
      set({ arrival: EMPTY_ARRIVAL });
      go('arrival');
    },
    pressArrivalKey(key: string) {
      set({ arrival: { digits: pressArrivalKey(get().arrival.digits, key), match: null, notFound: false } });
    },
    /** Looks up the typed code or number, or the text the QR scanner read. */
    async findArrival(scanned?: string) {
      const { busy, flow, arrival } = get();
      const query = scanned ?? typedArrivalQuery(arrival.digits);
      if (busy || query === null || flow.step !== 'arrival') return;
      set({ busy: true, refusal: null });
      const res = await commands.findArrival({ query });
      if (get().flow.step !== 'arrival') return set({ busy: false });
      // The number has done its job either way: it does not stay on screen.
      if (res.ok) return set({ busy: false, arrival: { digits: '', match: res.data, notFound: false } });
      if (res.code === 'NOT_FOUND' || res.code === 'INVALID_PAYLOAD')
        return set({ busy: false, arrival: { digits: '', match: null, notFound: true } });
      set({ busy: false, refusal: refuseFromServer(res.code, null) });
    },
    /** On time: a ticket with the head start; late: a walk-in's ticket, and the ticket screen says so. */
    checkIn: (bookingId: string) =>
      arrive(
        (requestId) => commands.checkIn({ requestId, bookingId }),
        (data) => [data.issued, data.punctuality],
      ),
    activateRemote: (ticketId: string) =>
      arrive(
        (requestId) => commands.activateTicket({ requestId, ticketId }),
        (issued) => [issued, 'activated'],
      ),
    dismissRefusal: () => set({ refusal: null }),
    /** The VIP check expired or was used: look the number up again. */
    verifyVipAgain() {
      set({ refusal: null, busy: false, flow: backToVip(get().flow) });
    },
    back() {
      const { flow } = get();
      if (flow.step === 'ticket') return reset();
      set({ flow: goBack(flow), refusal: null, busy: false });
    },
    cancel: () => reset(),
    /** Idle timeout: back to the start, in the default language, for the next customer. */
    timeOut: () => reset({ language: 'zh' }),
  };
}
