import { describe, expect, it, vi } from 'vitest';
import type { IssuedTicket } from '@lobby/shared';
import { demoBranchConfig } from '../../../server/src/seed/demo-config.ts';
import { createKioskStore, type KioskStore } from '../state/kiosk-store.ts';
import { createKioskActions } from './kiosk-actions.ts';
import type { KioskCommands } from '../realtime/kiosk-socket.ts';
import { createI18n } from '../i18n/create-i18n.ts';

const issued: IssuedTicket = {
  ticket: { id: 't1', number: 'A007', laneId: 'A', status: 'waiting', counterId: null, calledAt: null },
  laneId: 'A',
  businessTypeId: 'cash',
  ahead: 6,
  estimate: { pointMin: 12, lowMin: 10, highMin: 15, aboutNow: false },
  issuedAt: Date.parse('2026-11-24T10:00:00+08:00'),
  mobilePath: '/t/abcdefghijklmnop',
  vipTierId: null,
};

function setup(commands: Partial<KioskCommands> = {}, mobileBaseUrl?: string) {
  const store: KioskStore = createKioskStore();
  const demo = demoBranchConfig();
  const config = mobileBaseUrl === undefined ? demo : { ...demo, branch: { ...demo.branch, mobileBaseUrl } };
  store.setState({
    connection: 'online',
    lastSeq: 1,
    // Judge business hours at a fixed branch time, whatever the machine's clock says.
    clockOffsetMs: Date.parse('2026-11-24T10:00:00+08:00') - Date.now(),
    config,
    lanes: Object.fromEntries(
      config.lanes.map((l) => [
        l.id,
        { laneId: l.id, waiting: 0, longestWaitMs: 0, estimate: null, ahead: null, paused: false, issuedToday: 0 },
      ]),
    ),
  });
  const full: KioskCommands = {
    issueTicket: vi.fn(async () => ({ ok: true as const, data: issued })),
    lookupVip: vi.fn(async () => ({ ok: true as const, data: { tierId: 'gold', proof: 'sealed.proof-for-gold' } })),
    ...commands,
  };
  const printer = { print: vi.fn(async () => ({ ok: true })) };
  const actions = createKioskActions({
    store,
    commands: full,
    printer,
    i18n: createI18n(),
    makeQr: async (url) => `qr:${url}`,
    origin: 'http://10.0.0.2:3000',
    afterPaint: async () => {},
  });
  return { store, actions, commands: full, printer };
}

function walkToConfirm(actions: ReturnType<typeof setup>['actions']) {
  actions.chooseSoftZone();
  actions.chooseLane('A');
  actions.chooseBusinessType('cash');
  actions.confirmMaterials();
  actions.choosePriority('elderly');
}

describe('kiosk actions', () => {
  it("puts the branch's public mobile address in the QR code when one is configured, keeping its path", async () => {
    const { store, actions } = setup({}, 'https://m.bank.example/branch-0101/');
    walkToConfirm(actions);
    await actions.issueTicket();
    expect(store.getState().issuedQr).toBe('qr:https://m.bank.example/branch-0101/t/abcdefghijklmnop');
  });

  it('issues a ticket, shows only what the ack returned, and prints it once', async () => {
    const { store, actions, commands, printer } = setup();
    walkToConfirm(actions);
    expect(store.getState().flow.step).toBe('confirm');
    await actions.issueTicket();
    const s = store.getState();
    expect(s.flow.step).toBe('ticket');
    expect(s.issued).toEqual(issued);
    expect(s.issuedQr).toBe('qr:http://10.0.0.2:3000/t/abcdefghijklmnop');
    expect(s.printStatus).toBe('printed');
    expect(printer.print).toHaveBeenCalledOnce();
    expect(commands.issueTicket).toHaveBeenCalledWith(
      expect.objectContaining({ laneId: 'A', businessTypeId: 'cash', priorityGroupId: 'elderly', vipIdentifier: null }),
    );
  });

  it('a lost answer shows the unreachable refusal, no number, and the retry reuses the request id', async () => {
    const issueTicket = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, code: 'UNREACHABLE' })
      .mockResolvedValueOnce({ ok: true, data: issued });
    const { store, actions, printer } = setup({ issueTicket });
    walkToConfirm(actions);
    await actions.issueTicket();
    expect(store.getState().issued).toBeNull();
    expect(store.getState().refusal).toEqual({ kind: 'unreachable' });
    expect(printer.print).not.toHaveBeenCalled();
    await actions.issueTicket();
    expect(issueTicket.mock.calls[0]?.[0].requestId).toBe(issueTicket.mock.calls[1]?.[0].requestId);
    expect(store.getState().issued?.ticket.number).toBe('A007');
  });

  it('maps a server refusal to its reason', async () => {
    const { store, actions } = setup({
      issueTicket: vi.fn(async () => ({ ok: false as const, code: 'LANE_CAP_REACHED' as const })),
    });
    walkToConfirm(actions);
    await actions.issueTicket();
    expect(store.getState().refusal).toEqual({ kind: 'lane_cap_reached', laneId: 'A' });
    expect(store.getState().flow.step).toBe('confirm');
  });

  it('refuses a paused or full lane before any choice is made', () => {
    const { store, actions } = setup();
    store.setState({
      lanes: {
        ...store.getState().lanes,
        B: { laneId: 'B', waiting: 0, longestWaitMs: 0, estimate: null, ahead: null, paused: true, issuedToday: 0 },
      },
    });
    actions.chooseSoftZone();
    actions.chooseLane('B');
    expect(store.getState().refusal).toEqual({ kind: 'lane_paused', laneId: 'B' });
    expect(store.getState().flow.step).toBe('customerType');
  });

  it('sends the VIP proof with the issue, never the number, which it forgets after the lookup', async () => {
    const { store, actions, commands } = setup({
      issueTicket: vi.fn(async () => ({ ok: true as const, data: { ...issued, laneId: 'V', vipTierId: 'gold' } })),
    });
    actions.chooseSoftZone();
    actions.chooseVip();
    for (const d of '13800000002') actions.pressVipKey(d);
    await actions.submitVip();
    expect(store.getState().flow.draft.vipTierId).toBe('gold');
    expect(JSON.stringify(store.getState())).not.toContain('13800000002');
    actions.continueAsVip();
    actions.chooseBusinessType('vip-service');
    actions.confirmMaterials();
    actions.choosePriority(null);
    await actions.issueTicket();
    expect(commands.issueTicket).toHaveBeenCalledWith(
      expect.objectContaining({ laneId: 'V', vipIdentifier: null, vipProof: 'sealed.proof-for-gold' }),
    );
    expect(JSON.stringify(vi.mocked(commands.issueTicket).mock.calls)).not.toContain('13800000002');
  });

  it('an expired VIP check is refused as such and the customer verifies again from the VIP screen', async () => {
    const { store, actions, commands } = setup({
      issueTicket: vi.fn(async () => ({ ok: false as const, code: 'VIP_PROOF_INVALID' as const })),
    });
    actions.chooseSoftZone();
    actions.chooseVip();
    for (const d of '13800000002') actions.pressVipKey(d);
    await actions.submitVip();
    actions.continueAsVip();
    actions.chooseBusinessType('vip-service');
    actions.confirmMaterials();
    actions.choosePriority(null);
    await actions.issueTicket();
    expect(store.getState().refusal).toEqual({ kind: 'vip_check_expired' });
    actions.verifyVipAgain();
    expect(store.getState().refusal).toBeNull();
    expect(store.getState().flow).toMatchObject({
      step: 'vip',
      history: ['welcome', 'customerType'],
      draft: { vipProof: null, vipTierId: null, vipLookedUp: false, vipDigits: '' },
    });
    expect(commands.lookupVip).toHaveBeenCalledTimes(1);
  });

  it('an unknown VIP number is forgotten at once and the personal lane is offered', async () => {
    const { store, actions } = setup({
      lookupVip: vi.fn(async () => ({ ok: true as const, data: { tierId: null, proof: null } })),
    });
    actions.chooseSoftZone();
    actions.chooseVip();
    for (const d of '13899999999') actions.pressVipKey(d);
    await actions.submitVip();
    expect(store.getState().flow.draft).toMatchObject({ vipLookedUp: true, vipTierId: null, vipDigits: '' });
    actions.switchToPersonal();
    expect(store.getState().flow).toMatchObject({ step: 'businessType', draft: { laneId: 'A' } });
  });

  it('cancel and time-out return to the welcome screen; time-out also resets the language', () => {
    const { store, actions } = setup();
    actions.setLanguage('en');
    walkToConfirm(actions);
    actions.cancel();
    expect(store.getState().flow.step).toBe('welcome');
    expect(store.getState().lang).toBe('en');
    walkToConfirm(actions);
    actions.timeOut();
    expect(store.getState().flow.step).toBe('welcome');
    expect(store.getState().lang).toBe('zh');
  });
});

describe('kiosk actions after a definite refusal', () => {
  it('a new attempt after a server refusal uses a new request id', async () => {
    const issueTicket = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, code: 'RATE_LIMITED' })
      .mockResolvedValueOnce({ ok: true, data: issued });
    const { store, actions } = setup({ issueTicket });
    walkToConfirm(actions);
    await actions.issueTicket();
    expect(store.getState().refusal).toEqual({ kind: 'rate_limited' });
    await actions.issueTicket();
    expect(issueTicket.mock.calls[0]?.[0].requestId).not.toBe(issueTicket.mock.calls[1]?.[0].requestId);
  });
});
