import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { EstimatesView } from '@lobby/shared';
import { Branch } from '../../engine/test/fixtures.ts';
import type { EngineState } from '../../engine/types.ts';
import { DEFAULT_FORECASTER, WaitForecaster } from './wait-forecaster.ts';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A branch with a line: two counters open, a dozen tickets waiting in two lanes. */
function busyBranch(): Branch {
  const b = new Branch().open('c2').open('c6');
  for (let i = 0; i < 12; i++) b.issue(i % 3 === 0 ? 'B' : 'A');
  return b;
}

/** A forecaster with no past days whose every step is a turn of its own (a zero slice). */
function slicedForecaster(b: Branch, source: { current: EngineState; lastSeq: number }, views: EstimatesView[]) {
  return new WaitForecaster(
    source,
    { issuedBetween: () => [] },
    () => b.now,
    pino({ level: 'silent' }),
    (v) => views.push(v),
    { ...DEFAULT_FORECASTER, minIntervalMs: 0, sliceMs: 0 },
  );
}

describe('WaitForecaster, scheduled runs', () => {
  it('spreads a run over turns of the event loop, publishes the figures of the state it started from, then runs again for a commit that landed meanwhile', async () => {
    const b = busyBranch();
    const source = { current: b.state, lastSeq: 12 };
    const views: EstimatesView[] = [];
    const forecaster = slicedForecaster(b, source, views);
    forecaster.changed();
    await turn();
    await turn();
    // Started, not finished: a command read now is committed before the forecast is done.
    expect(views).toEqual([]);
    b.issue('A');
    source.current = b.state;
    source.lastSeq = 13;
    forecaster.changed();
    await expect.poll(() => views.length).toBe(2);
    expect(views.map((v) => v.seq)).toEqual([12, 13]);
    expect(views.map((v) => v.lanes.find((l) => l.laneId === 'A')?.waiting)).toEqual([8, 9]);
    forecaster.close();
  });

  it('gives the same figures spread over turns as computed at once', async () => {
    const b = busyBranch();
    const spread: EstimatesView[] = [];
    const sliced = slicedForecaster(b, { current: b.state, lastSeq: 12 }, spread);
    sliced.changed();
    await expect.poll(() => spread.length).toBe(1);
    const atOnce: EstimatesView[] = [];
    slicedForecaster(b, { current: b.state, lastSeq: 12 }, atOnce).refresh();
    expect(spread).toEqual(atOnce);
    sliced.close();
  });

  it('a run cut short by close publishes nothing', async () => {
    const views: EstimatesView[] = [];
    const b = busyBranch();
    const forecaster = slicedForecaster(b, { current: b.state, lastSeq: 12 }, views);
    forecaster.changed();
    await turn();
    await turn();
    forecaster.close();
    for (let i = 0; i < 200; i++) await turn();
    expect(views).toEqual([]);
  });
});
