import type { i18n } from 'i18next';
import { mobileTicketUrl, type UiLanguage } from '@lobby/shared';
import type { KioskStore, KioskState } from '../state/kiosk-store.ts';
import type { KioskCommands } from '../realtime/kiosk-socket.ts';
import type { Printer } from '../print/printer.ts';
import { backToVip, EMPTY_DRAFT, goBack, goTo, INITIAL_FLOW, type Step } from '../logic/flow.ts';
import { branchRefusal, laneRefusal, refusalFromCode, type Refusal } from '../logic/refusals.ts';
import { businessTypesOf, laneById, laneOfKind, vipLane } from '../logic/lanes.ts';
import { canSubmitVip, pressKey } from '../logic/vip-keypad.ts';
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

  const startLane = (laneId: string) => {
    if (refuseLane(laneId)) return;
    go('businessType', { laneId });
  };

  function reset(opts: { language?: UiLanguage } = {}) {
    set({ flow: INITIAL_FLOW, refusal: null, busy: false, issued: null, issuedQr: null, printStatus: 'idle' });
    if (opts.language) setLanguage(opts.language);
  }

  function setLanguage(lang: UiLanguage) {
    set({ lang });
    void deps.i18n.changeLanguage(lang);
  }

  return {
    reset,
    setLanguage,
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
      if (!lane || flow.draft.vipTierId === null) return;
      if (refuseLane(lane.id)) return;
      go('businessType', { laneId: lane.id });
    },
    /** VIP not recognised: offer the personal lane instead. */
    switchToPersonal() {
      const { config } = get();
      const personal = config ? laneOfKind(config, 'personal') : undefined;
      if (!personal || refuseLane(personal.id)) return;
      go('businessType', { laneId: personal.id, vipDigits: '', vipTierId: null, vipProof: null, vipLookedUp: false });
    },
    retryVip() {
      const { flow } = get();
      set({
        refusal: null,
        flow: { ...flow, draft: { ...flow.draft, vipDigits: '', vipTierId: null, vipProof: null, vipLookedUp: false } },
      });
    },
    chooseBusinessType(businessTypeId: string) {
      go('materials', { businessTypeId });
    },
    confirmMaterials() {
      const { config } = get();
      go(config && config.priorityGroups.length > 0 ? 'priority' : 'confirm');
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
      const issued = res.data;
      const qr = await deps
        .makeQr(mobileTicketUrl(issued.mobilePath, get().config?.branch.mobileBaseUrl, deps.origin))
        .catch(() => null);
      const after = get().flow;
      set({
        busy: false,
        issued,
        issuedQr: qr,
        printStatus: 'printing',
        // The identifier has done its job: it leaves the store with the issued ticket.
        flow: {
          step: 'ticket',
          history: [...after.history, after.step],
          draft: {
            ...EMPTY_DRAFT,
            laneId,
            businessTypeId,
            priorityGroupId: after.draft.priorityGroupId,
            vipTierId: after.draft.vipTierId,
          },
        },
      });
      await deps.afterPaint();
      if (get().issued?.ticket.id !== issued.ticket.id) return;
      const printed = await deps.printer.print();
      if (get().issued?.ticket.id === issued.ticket.id) set({ printStatus: printed.ok ? 'printed' : 'failed' });
    },
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
