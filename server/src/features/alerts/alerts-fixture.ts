import { randomUUID } from 'node:crypto';
import type { BranchConfig } from '@lobby/shared';
import { createInitialState, decide, type EngineCommand, type EngineState } from '../../engine/index.ts';
import { demoBranchConfig } from '../../seed/demo-config.ts';

/** Test helpers: drive the real engine into the states the alert tests need. */
export const T0 = Date.UTC(2026, 10, 23, 2, 0, 0); // 10:00 in Shanghai
export const MIN = 60_000;

type WithoutActor<C> = C extends unknown ? Omit<C, 'actorId'> : never;

export class Floor {
  state: EngineState;
  private seq = 0;
  constructor(config: BranchConfig = demoBranchConfig(), now = T0) {
    this.state = createInitialState(config, now);
  }

  run(command: WithoutActor<EngineCommand>, now: number): void {
    const result = decide(this.state, { actorId: 'lobby-1', ...command } as EngineCommand, now);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.code} ${result.message ?? ''}`);
    this.state = result.state;
  }

  issue(laneId: string, businessTypeId: string, now: number): string {
    const ticketId = `t${++this.seq}`;
    this.run(
      {
        type: 'ticket:issue',
        ticketId,
        token: randomUUID(),
        laneId,
        businessTypeId,
        priorityGroupId: null,
        vipTierId: null,
        channel: 'kiosk',
      },
      now,
    );
    return ticketId;
  }

  signOn(counterId: string, now: number): void {
    this.run(
      { type: 'counter:signOn', counterId, tellerId: `teller-${counterId}`, tellerName: `柜员${counterId}` },
      now,
    );
  }
}
