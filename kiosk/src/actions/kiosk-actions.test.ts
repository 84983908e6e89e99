import { describe, expect, it, vi } from 'vitest';
import type { ArrivalMatch, IssuedTicket } from '@lobby/shared';
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

const SLOT = Date.parse('2026-11-24T10:30:00+08:00');
const arrivals: ArrivalMatch = {
  bookings: [
    {
      id: 'bk1',
      code: '123456',
      businessTypeId: 'open-account',
      slotStart: SLOT,
      slotEnd: SLOT + 30 * 60_000,
      status: 'booked',
      arrival: 'on_time',
      checkInFrom: SLOT - 15 * 60_000,
    },
  ],
  remoteTickets: [{ id: 'rt1', number: 'A101', laneId: 'A', businessTypeId: 'cash', activated: false }],
};
const bookedTicket: IssuedTicket = {
  ...issued,
  ticket: { ...issued.ticket, id: 't2', number: 'A008' },
  businessTypeId: 'open-account',
};

function setup(commands: Partial<KioskCommands> = {}, mobileBaseUrl?: string, origin = 'http://10.0.0.2:3000') {
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
    findArrival: vi.fn(async () => ({ ok: true as const, data: arrivals })),
    checkIn: vi.fn(async () => ({
      ok: true as const,
      data: { issued: bookedTicket, punctuality: 'on_time' as const },
    })),
    activateTicket: vi.fn(async () => ({ ok: true as const, data: issued })),
    ...commands,
  };
  const printer = { print: vi.fn(async () => ({ ok: true })) };
  const actions = createKioskActions({
    store,
    commands: full,
    printer,
    i18n: createI18n(),
    makeQr: vi.fn(async (url: string) => `qr:${url}`),
    origin,
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

  it('a kiosk opened on loopback with no public mobile address prints the ticket without a QR code', async () => {
    const { store, actions, printer } = setup({}, undefined, 'http://127.0.0.1:3101');
    expect(actions.qrBase()).toBeNull();
    walkToConfirm(actions);
    await actions.issueTicket();
    const s = store.getState();
    expect(s.flow.step).toBe('ticket');
    expect(s.issued).toEqual(issued);
    expect(s.issuedQr).toBeNull();
    expect(s.printStatus).toBe('printed');
    expect(printer.print).toHaveBeenCalledOnce();
  });

  it('a kiosk opened on loopback uses the public mobile address for the QR code once one is set', async () => {
    const { store, actions } = setup({}, 'https://m.bank.example', 'http://localhost:3000');
    expect(actions.qrBase()).toBe('https://m.bank.example');
    walkToConfirm(actions);
    await actions.issueTicket();
    expect(store.getState().issuedQr).toBe('qr:https://m.bank.example/t/abcdefghijklmnop');
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
    // One business type, and its only material is the card just checked (19.12).
    expect(store.getState().flow).toMatchObject({ step: 'priority', draft: { businessTypeId: 'vip-service' } });
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
    // One business type, and its only material is the card just checked (19.12).
    expect(store.getState().flow).toMatchObject({ step: 'priority', draft: { businessTypeId: 'vip-service' } });
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

  describe('预约取号', () => {
    it('looks up the typed code, forgets the digits, checks in and prints the ticket as on time', async () => {
      const { store, actions, commands, printer } = setup();
      actions.chooseArrival();
      for (const k of '123456') actions.pressArrivalKey(k);
      await actions.findArrival();
      expect(commands.findArrival).toHaveBeenCalledWith({ query: '123456' });
      expect(store.getState().arrival).toEqual({ digits: '', match: arrivals, notFound: false });
      await actions.checkIn('bk1');
      expect(commands.checkIn).toHaveBeenCalledWith(expect.objectContaining({ bookingId: 'bk1' }));
      const s = store.getState();
      expect(s.flow.step).toBe('ticket');
      expect(s.issued).toEqual(bookedTicket);
      expect(s.arrivalOutcome).toBe('on_time');
      expect(s.arrival.match).toBeNull();
      expect(printer.print).toHaveBeenCalledOnce();
      actions.timeOut();
      expect(store.getState().arrivalOutcome).toBeNull();
    });

    it('a late check-in keeps the walk-in outcome for the ticket screen', async () => {
      const checkIn = vi.fn(async () => ({ ok: true as const, data: { issued, punctuality: 'late' as const } }));
      const { store, actions } = setup({ checkIn });
      actions.chooseArrival();
      await actions.findArrival('http://branch.lan/b/abcdefghijklmnopqrstuv');
      await actions.checkIn('bk1');
      expect(store.getState().arrivalOutcome).toBe('late');
    });

    it('sends the scanner’s text as it is, and does not ask for a partial number', async () => {
      const { actions, commands } = setup();
      actions.chooseArrival();
      for (const k of '13800') actions.pressArrivalKey(k);
      await actions.findArrival();
      expect(commands.findArrival).not.toHaveBeenCalled();
      await actions.findArrival('http://branch.lan/b/abcdefghijklmnopqrstuv');
      expect(commands.findArrival).toHaveBeenCalledWith({ query: 'http://branch.lan/b/abcdefghijklmnopqrstuv' });
    });

    it('nothing found says so on the screen, with no ticket', async () => {
      const findArrival = vi.fn(async () => ({ ok: false as const, code: 'NOT_FOUND' as const }));
      const { store, actions } = setup({ findArrival });
      actions.chooseArrival();
      for (const k of '13800138000') actions.pressArrivalKey(k);
      await actions.findArrival();
      expect(store.getState().arrival).toEqual({ digits: '', match: null, notFound: true });
      expect(store.getState().refusal).toBeNull();
      expect(store.getState().flow.step).toBe('arrival');
    });

    it('a lost check-in answer is retried with the same request id; a refusal is not', async () => {
      const checkIn = vi
        .fn()
        .mockResolvedValueOnce({ ok: false, code: 'UNREACHABLE' })
        .mockResolvedValueOnce({ ok: false, code: 'CHECK_IN_TOO_EARLY' })
        .mockResolvedValueOnce({ ok: true, data: { issued, punctuality: 'on_time' } });
      const { store, actions } = setup({ checkIn });
      actions.chooseArrival();
      await actions.findArrival('123456');
      await actions.checkIn('bk1');
      expect(store.getState().refusal).toEqual({ kind: 'unreachable' });
      await actions.checkIn('bk1');
      expect(checkIn.mock.calls[1]?.[0].requestId).toBe(checkIn.mock.calls[0]?.[0].requestId);
      expect(store.getState().refusal).toEqual({ kind: 'server_error', code: 'CHECK_IN_TOO_EARLY' });
      await actions.checkIn('bk1');
      expect(checkIn.mock.calls[2]?.[0].requestId).not.toBe(checkIn.mock.calls[1]?.[0].requestId);
      expect(store.getState().flow.step).toBe('ticket');
    });

    it('activates a phone ticket and shows it as activated', async () => {
      const { store, actions, commands } = setup();
      actions.chooseArrival();
      await actions.findArrival('13800138000');
      await actions.activateRemote('rt1');
      expect(commands.activateTicket).toHaveBeenCalledWith(expect.objectContaining({ ticketId: 'rt1' }));
      expect(store.getState().arrivalOutcome).toBe('activated');
      expect(store.getState().issued).toEqual(issued);
    });
  });
});
