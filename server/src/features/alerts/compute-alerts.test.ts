import { describe, expect, it } from 'vitest';
import type { Alert } from '@lobby/shared';
import { computeAlerts as computeWith } from './compute-alerts.ts';
import { forecastWaits } from '../../engine/index.ts';
import type { EngineState } from '../../engine/types.ts';

/** Alerts with a fresh forecast of the same state, as the server has it after its refresh. */
const computeAlerts = (state: EngineState, now: number, previous: readonly Alert[]) =>
  computeWith(state, now, previous, forecastWaits(state, now, null));
import { acknowledgeIn, diffAlerts } from './alert-changes.ts';
import { Floor, MIN, T0 } from './alerts-fixture.ts';

const kinds = (alerts: Alert[]) => alerts.map((a) => `${a.kind}:${a.laneId ?? a.counterId ?? ''}`);

describe('computeAlerts', () => {
  it('raises wait_over_target when the longest wait passes the lane target, and clears when it is called', () => {
    const f = new Floor();
    f.signOn('c6', T0);
    f.run({ type: 'counter:pause', counterId: 'c6', reason: 'break', note: '' }, T0);
    f.issue('B', 'corp-cash', T0);
    expect(computeAlerts(f.state, T0 + 14 * MIN, []).filter((a) => a.kind === 'wait_over_target')).toEqual([]);
    const over = computeAlerts(f.state, T0 + 16 * MIN, []).filter((a) => a.kind === 'wait_over_target');
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ laneId: 'B', message: { zh: '对公业务最长等待已超过目标 15 分钟' } });
    f.run({ type: 'counter:resume', counterId: 'c6' }, T0 + 16 * MIN);
    f.run({ type: 'counter:callNext', counterId: 'c6' }, T0 + 16 * MIN);
    expect(computeAlerts(f.state, T0 + 17 * MIN, over).filter((a) => a.kind === 'wait_over_target')).toEqual([]);
  });

  it('raises counter_idle after idleCounterAlertSec while its lanes wait, and clears when it calls', () => {
    const f = new Floor();
    f.signOn('c6', T0);
    f.issue('B', 'corp-cash', T0 + 1000);
    const limit = f.state.config.policy.idleCounterAlertSec * 1000;
    expect(kinds(computeAlerts(f.state, T0 + limit - 1000, []))).not.toContain('counter_idle:c6');
    const raised = computeAlerts(f.state, T0 + limit + 1000, []);
    expect(kinds(raised)).toContain('counter_idle:c6');
    expect(raised.find((a) => a.kind === 'counter_idle')?.suggestion?.zh).toBe('请提醒 6 号窗口叫号');
    f.run({ type: 'counter:callNext', counterId: 'c6' }, T0 + limit + 2000);
    expect(kinds(computeAlerts(f.state, T0 + limit + 3000, raised))).not.toContain('counter_idle:c6');
  });

  it('does not call a counter idle when nobody waits for it, nor when it is paused', () => {
    const f = new Floor();
    f.signOn('c6', T0);
    f.issue('K', 'passbook', T0);
    expect(kinds(computeAlerts(f.state, T0 + 10 * MIN, []))).not.toContain('counter_idle:c6');
    f.issue('B', 'bills', T0);
    f.run({ type: 'counter:pause', counterId: 'c6', reason: 'phone', note: '' }, T0);
    expect(kinds(computeAlerts(f.state, T0 + 10 * MIN, []))).not.toContain('counter_idle:c6');
  });

  it('raises called_not_arrived after calledNotArrivedSec and clears when service starts', () => {
    const f = new Floor();
    f.signOn('c2', T0);
    const ticketId = f.issue('A', 'cash', T0);
    f.run({ type: 'counter:callNext', counterId: 'c2' }, T0 + 1000);
    const limit = f.state.config.policy.calledNotArrivedSec * 1000;
    expect(computeAlerts(f.state, T0 + 1000 + limit, []).filter((a) => a.kind === 'called_not_arrived')).toEqual([]);
    const raised = computeAlerts(f.state, T0 + 2000 + limit, []);
    const alert = raised.find((a) => a.kind === 'called_not_arrived');
    expect(alert).toMatchObject({
      ticketId,
      counterId: 'c2',
      message: { zh: 'A001 号已叫号超过 120 秒仍未到2 号窗口办理' },
    });
    f.run({ type: 'ticket:start', counterId: 'c2' }, T0 + 3000 + limit);
    expect(computeAlerts(f.state, T0 + 4000 + limit, raised).filter((a) => a.kind === 'called_not_arrived')).toEqual(
      [],
    );
  });

  it('raises counter_offline while a signed-on teller is disconnected', () => {
    const f = new Floor();
    f.signOn('c3', T0);
    f.run({ type: 'counter:setOnline', counterId: 'c3', online: false }, T0 + 1000);
    const raised = computeAlerts(f.state, T0 + 2000, []);
    expect(raised.find((a) => a.kind === 'counter_offline')).toMatchObject({
      counterId: 'c3',
      message: { zh: '3 号窗口（柜员c3）已签到但客户端离线，不会再叫号' },
    });
    f.run({ type: 'counter:setOnline', counterId: 'c3', online: true }, T0 + 3000);
    expect(computeAlerts(f.state, T0 + 4000, raised).filter((a) => a.kind === 'counter_offline')).toEqual([]);
  });

  it('keeps id, raise time and acknowledgement while the condition lasts, and a new id after it cleared', () => {
    const f = new Floor();
    f.signOn('c3', T0);
    f.run({ type: 'counter:setOnline', counterId: 'c3', online: false }, T0);
    const first = computeAlerts(f.state, T0 + 1000, []);
    const offline = first.find((a) => a.kind === 'counter_offline')!;
    const acked = acknowledgeIn(first, offline.id, 'lobby-1', T0 + 1500)!;
    const later = computeAlerts(f.state, T0 + 60_000, acked);
    expect(later.find((a) => a.kind === 'counter_offline')).toEqual({
      ...offline,
      acknowledgedBy: 'lobby-1',
      acknowledgedAt: T0 + 1500,
    });
    expect(diffAlerts(acked, later)).toEqual({ raised: [], cleared: [] });

    f.run({ type: 'counter:setOnline', counterId: 'c3', online: true }, T0 + 61_000);
    const cleared = computeAlerts(f.state, T0 + 61_000, later);
    expect(diffAlerts(later, cleared).cleared.map((a) => a.id)).toEqual([offline.id]);
    f.run({ type: 'counter:setOnline', counterId: 'c3', online: false }, T0 + 62_000);
    const again = computeAlerts(f.state, T0 + 62_000, cleared).find((a) => a.kind === 'counter_offline')!;
    expect(again.id).not.toBe(offline.id);
    expect(again.acknowledgedBy).toBeNull();
  });

  it('returns the same list for the same state, time and previous list', () => {
    const f = new Floor();
    f.signOn('c3', T0);
    f.run({ type: 'counter:setOnline', counterId: 'c3', online: false }, T0);
    const a = computeAlerts(f.state, T0 + 5000, []);
    expect(computeAlerts(f.state, T0 + 5000, [])).toEqual(a);
  });
});

describe('predicted_over_target suggestion', () => {
  it('suggests opening the closed counter whose primary lane it is: "开放 6 号窗口办理对公业务"', () => {
    const f = new Floor();
    f.signOn('c2', T0);
    f.issue('B', 'corp-account', T0);
    const alert = computeAlerts(f.state, T0 + 1000, []).find(
      (a) => a.kind === 'predicted_over_target' && a.laneId === 'B',
    );
    expect(alert).toMatchObject({
      counterId: 'c6',
      message: { zh: '对公业务有客户等待，但没有开放的窗口办理' },
      suggestion: { zh: '开放 6 号窗口办理对公业务', en: 'Open counter 6 for Business banking' },
    });
  });

  it('suggests the other closed business counter when counter 6 is already open and overloaded', () => {
    const f = new Floor();
    f.signOn('c6', T0);
    for (let i = 0; i < 12; i++) f.issue('B', 'corp-account', T0);
    const alert = computeAlerts(f.state, T0 + 1000, []).find(
      (a) => a.kind === 'predicted_over_target' && a.laneId === 'B',
    );
    expect(alert?.suggestion?.zh).toBe('开放 7 号窗口办理对公业务');
    expect(alert?.message.zh).toBe('对公业务新取号预计等待超过目标 15 分钟');
  });

  it('suggests letting an open counter that does not serve the lane take it: "让 8 号窗口兼办个人业务"', () => {
    const f = new Floor();
    for (const id of ['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']) f.signOn(id, T0);
    for (const id of ['c2', 'c3', 'c4', 'c5'])
      f.run({ type: 'counter:setLanes', counterId: id, laneIds: ['A'], reason: 'test' }, T0);
    for (const id of ['c6', 'c7'])
      f.run({ type: 'counter:setLanes', counterId: id, laneIds: ['B'], reason: 'test' }, T0);
    f.run({ type: 'counter:setLanes', counterId: 'c8', laneIds: ['V'], reason: 'test' }, T0);
    f.issue('B', 'bills', T0); // counters 6 and 7 have their own customer waiting; counter 8 has none
    for (let i = 0; i < 40; i++) f.issue('A', 'personal-loan', T0);
    const alert = computeAlerts(f.state, T0 + 1000, []).find(
      (a) => a.kind === 'predicted_over_target' && a.laneId === 'A',
    );
    expect(alert).toMatchObject({
      counterId: 'c8',
      suggestion: { zh: '让 8 号窗口兼办个人业务', en: 'Let counter 8 also take Personal banking' },
    });
  });

  it('is not raised in emergency mode, when no new ticket can be issued', () => {
    const f = new Floor();
    f.issue('B', 'bills', T0);
    f.run({ type: 'emergency:start', message: '停电' }, T0 + 1000);
    expect(computeAlerts(f.state, T0 + 2000, []).filter((a) => a.kind === 'predicted_over_target')).toEqual([]);
  });

  it('never suggests a counter of another zone, and clears once an open counter keeps the lane within target', () => {
    const f = new Floor();
    f.signOn('c1', T0); // the hard-zone fast counter, open and idle
    f.issue('B', 'bills', T0);
    const before = computeAlerts(f.state, T0 + 1000, []);
    expect(before.find((a) => a.kind === 'predicted_over_target' && a.laneId === 'B')?.suggestion?.zh).toBe(
      '开放 6 号窗口办理对公业务',
    );
    f.signOn('c6', T0 + 2000);
    f.signOn('c7', T0 + 2000);
    const after = computeAlerts(f.state, T0 + 3000, before);
    expect(after.find((a) => a.kind === 'predicted_over_target' && a.laneId === 'B')).toBeUndefined();
  });
});
