import { describe, expect, it, vi } from 'vitest';
import type { BranchConfig, IssuedTicket } from '@lobby/shared';
import { demoBranchConfig } from '../../../server/src/seed/demo-config.ts';
import { DEMO_VIPS } from '../../../server/src/seed/demo-seed.ts';
import { createKioskStore } from '../state/kiosk-store.ts';
import { createKioskActions } from './kiosk-actions.ts';
import type { KioskCommands } from '../realtime/kiosk-socket.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import type { Step } from '../logic/flow.ts';

/**
 * 19.12: how many screens a customer sees from the welcome screen to the ticket, per lane,
 * tapping whatever the screen on show asks for (the first business type, no priority group).
 */
const issued: IssuedTicket = {
  ticket: { id: 't1', number: 'V001', laneId: 'V', status: 'waiting', counterId: null, calledAt: null },
  laneId: 'V',
  businessTypeId: 'vip-service',
  ahead: 0,
  estimate: null,
  issuedAt: Date.parse('2026-11-24T10:00:00+08:00'),
  mobilePath: '/t/abcdefghijklmnop',
  vipTierId: 'gold',
};

function setup(config: BranchConfig) {
  const store = createKioskStore();
  store.setState({
    connection: 'online',
    lastSeq: 1,
    clockOffsetMs: Date.parse('2026-11-24T10:00:00+08:00') - Date.now(),
    config,
    lanes: Object.fromEntries(
      config.lanes.map((l) => [
        l.id,
        { laneId: l.id, waiting: 0, longestWaitMs: 0, estimate: null, ahead: null, paused: false, issuedToday: 0 },
      ]),
    ),
  });
  const commands: KioskCommands = {
    issueTicket: vi.fn(async () => ({ ok: true as const, data: issued })),
    lookupVip: vi.fn(async () => ({ ok: true as const, data: { tierId: 'gold', proof: 'sealed.proof' } })),
    findArrival: vi.fn(async () => ({ ok: false as const, code: 'NOT_FOUND' as const })),
    checkIn: vi.fn(async () => ({ ok: false as const, code: 'NOT_FOUND' as const })),
    activateTicket: vi.fn(async () => ({ ok: false as const, code: 'NOT_FOUND' as const })),
  };
  const actions = createKioskActions({
    store,
    commands,
    printer: { print: async () => ({ ok: true }) },
    i18n: createI18n(),
    makeQr: async (url) => `qr:${url}`,
    origin: 'http://10.0.0.2:3000',
    afterPaint: async () => {},
  });
  return { store, actions, commands };
}

type Lane = 'personal' | 'business' | 'vip' | 'fast';

/** Taps through to the ticket; returns every screen shown, in order. */
async function walk(config: BranchConfig, lane: Lane): Promise<Step[]> {
  const { store, actions } = setup(config);
  const shown: Step[] = [store.getState().flow.step];
  store.subscribe((s, prev) => {
    if (s.flow.step !== prev.flow.step) shown.push(s.flow.step);
  });
  const card = DEMO_VIPS.find((v) => v.label === 'card' && v.tierId === 'gold')!.identifier;
  for (let taps = 0; taps < 20 && store.getState().flow.step !== 'ticket'; taps++) {
    const { flow, config: cfg } = store.getState();
    switch (flow.step) {
      case 'welcome':
        if (lane === 'fast') actions.chooseHardZone();
        else actions.chooseSoftZone();
        break;
      case 'hardZone':
        actions.chooseFastLane();
        break;
      case 'customerType':
        if (lane === 'vip') actions.chooseVip();
        else actions.chooseLane(lane === 'personal' ? 'A' : 'B');
        break;
      case 'vip':
        for (const d of card) actions.pressVipKey(d);
        await actions.submitVip();
        actions.continueAsVip();
        break;
      case 'businessType':
        actions.chooseBusinessType(cfg!.businessTypes.find((b) => b.laneId === flow.draft.laneId && b.enabled)!.id);
        break;
      case 'materials':
        actions.confirmMaterials();
        break;
      case 'priority':
        actions.choosePriority(null);
        break;
      case 'confirm':
        await actions.issueTicket();
        break;
      default:
        throw new Error(`unexpected screen ${flow.step}`);
    }
  }
  return shown;
}

describe('screens from welcome to ticket (19.12)', () => {
  it('VIP: six screens instead of eight: no one-choice business type, no asking for the card just entered', async () => {
    expect(await walk(demoBranchConfig(), 'vip')).toEqual([
      'welcome',
      'customerType',
      'vip',
      'priority',
      'confirm',
      'ticket',
    ]);
  });

  it('the other lanes keep their real choices: personal, business and fast take seven screens', async () => {
    const full: Step[] = ['businessType', 'materials', 'priority', 'confirm', 'ticket'];
    expect(await walk(demoBranchConfig(), 'personal')).toEqual(['welcome', 'customerType', ...full]);
    expect(await walk(demoBranchConfig(), 'business')).toEqual(['welcome', 'customerType', ...full]);
    expect(await walk(demoBranchConfig(), 'fast')).toEqual(['welcome', 'hardZone', ...full]);
  });

  it('any lane with a single business type skips that screen, and Back then returns past it', async () => {
    const demo = demoBranchConfig();
    const config = {
      ...demo,
      businessTypes: demo.businessTypes.map((b) => ({ ...b, enabled: b.laneId !== 'B' || b.id === 'bills' })),
    };
    expect(await walk(config, 'business')).toEqual([
      'welcome',
      'customerType',
      'materials',
      'priority',
      'confirm',
      'ticket',
    ]);
    const { store, actions } = setup(config);
    actions.chooseSoftZone();
    actions.chooseLane('B');
    expect(store.getState().flow).toMatchObject({ step: 'materials', draft: { laneId: 'B', businessTypeId: 'bills' } });
    actions.back();
    expect(store.getState().flow).toMatchObject({
      step: 'customerType',
      draft: { laneId: null, businessTypeId: null },
    });
  });

  it('the priority question is asked only where a group has a head start to give', async () => {
    const demo = demoBranchConfig();
    const none = { ...demo, priorityGroups: demo.priorityGroups.map((g) => ({ ...g, headStartMin: 0 })) };
    expect(await walk(none, 'personal')).toEqual([
      'welcome',
      'customerType',
      'businessType',
      'materials',
      'confirm',
      'ticket',
    ]);
    const some = {
      ...demo,
      priorityGroups: demo.priorityGroups.map((g) => ({ ...g, headStartMin: g.id === 'elderly' ? 10 : 0 })),
    };
    const { store, actions } = setup(some);
    actions.chooseSoftZone();
    actions.chooseLane('A');
    actions.chooseBusinessType('cash');
    actions.confirmMaterials();
    expect(store.getState().flow.step).toBe('priority');
  });

  it('an unrecognised VIP sent to the personal lane is still asked for every material', async () => {
    const { store, actions } = setup(demoBranchConfig());
    actions.chooseSoftZone();
    actions.chooseVip();
    actions.switchToPersonal();
    actions.chooseBusinessType('wealth');
    expect(store.getState().flow.step).toBe('materials');
  });
});
