import type { BranchConfig } from '@lobby/shared';
import { demoBranchConfig } from '../../seed/demo-config.ts';
import { decide } from '../decide.ts';
import { createInitialState } from '../state.ts';
import type { EngineCommand, EngineState, DispatchPolicyName } from '../types.ts';

/** Tuesday 2026-11-24 10:00 in Shanghai. */
export const T0 = Date.parse('2026-11-24T10:00:00+08:00');
export const MIN = 60_000;

export function testConfig(patch?: (c: BranchConfig) => BranchConfig): BranchConfig {
  const c = demoBranchConfig();
  c.hours = {
    ...c.hours,
    open: '09:00',
    close: '17:00',
    lastTicket: '16:45',
    dayCloseAt: '17:30',
    weekdays: [1, 2, 3, 4, 5],
  };
  return patch ? patch(c) : c;
}

/** A tiny driver: applies commands in order, throwing on an unexpected refusal. */
export class Branch {
  state: EngineState;
  now: number;
  private seq = 0;

  constructor(config = testConfig(), now = T0, dispatch: DispatchPolicyName = 'accumulated') {
    this.state = createInitialState(config, now, dispatch);
    this.now = now;
  }

  advance(ms: number): this {
    this.now += ms;
    return this;
  }

  try(cmd: EngineCommand) {
    const r = decide(this.state, cmd, this.now);
    if (r.ok) this.state = r.state;
    return r;
  }

  do(cmd: EngineCommand) {
    const r = this.try(cmd);
    if (!r.ok) throw new Error(`${cmd.type} refused: ${r.code} ${r.message ?? ''}`);
    return r;
  }

  issue(laneId = 'A', extra: Partial<Extract<EngineCommand, { type: 'ticket:issue' }>> = {}): string {
    const id = `t${++this.seq}`;
    const businessTypeId = this.state.config.businessTypes.find((b) => b.laneId === laneId)?.id ?? 'cash';
    this.do({
      type: 'ticket:issue',
      actorId: 'kiosk',
      ticketId: id,
      token: `tok-${id}`,
      laneId,
      businessTypeId,
      priorityGroupId: null,
      vipTierId: null,
      channel: 'kiosk',
      ...extra,
    });
    return id;
  }

  open(counterId: string): this {
    this.do({ type: 'counter:open', actorId: 'lobby', counterId, reason: '' });
    return this;
  }

  call(counterId: string): string {
    const r = this.do({ type: 'counter:callNext', actorId: 'teller', counterId });
    return r.events[0]!.ticketIds[0]!;
  }

  ticket(id: string) {
    const t = this.state.tickets.get(id);
    if (!t) throw new Error(`no ticket ${id}`);
    return t;
  }

  counter(id: string) {
    const c = this.state.counters.get(id);
    if (!c) throw new Error(`no counter ${id}`);
    return c;
  }
}
