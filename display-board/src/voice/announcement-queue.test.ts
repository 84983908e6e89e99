import { describe, expect, it, vi } from 'vitest';
import type { Announcement } from './announcement.ts';
import { AnnouncementQueue, type AnnouncementLogEntry, type AnnouncementPlayer } from './announcement-queue.ts';

/** A player whose announcements finish only when the test says so. */
function manualPlayer() {
  const started: { a: Announcement; finish: (outcome?: 'spoken' | 'blocked') => void }[] = [];
  const player: AnnouncementPlayer = {
    play: (a) =>
      new Promise((resolve) => {
        started.push({ a, finish: (outcome = 'spoken') => resolve({ outcome, engine: 'test' }) });
      }),
  };
  return { player, started };
}

const ann = (text: string, kind: Announcement['kind'] = 'call'): Announcement => ({
  kind,
  text,
  clips: null,
  repeat: 1,
});
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('AnnouncementQueue', () => {
  it('plays one at a time in arrival order; a call during speech waits its turn', async () => {
    let clock = 1000;
    const { player, started } = manualPlayer();
    const q = new AnnouncementQueue(player, { now: () => clock });
    q.enqueue(ann('first'));
    q.enqueue(ann('second'));
    await tick();
    expect(started.map((s) => s.a.text)).toEqual(['first']);
    expect(q.current?.text).toBe('first');
    expect(q.backlog).toBe(1);

    clock = 5000;
    q.enqueue(ann('third'));
    started[0]!.finish();
    await tick();
    expect(started.map((s) => s.a.text)).toEqual(['first', 'second']);
    clock = 9000;
    started[1]!.finish();
    await tick();
    clock = 12000;
    started[2]!.finish();
    await tick();

    expect(q.log.map((e) => [e.text, e.at, e.endedAt, e.outcome])).toEqual([
      ['first', 1000, 5000, 'spoken'],
      ['second', 5000, 9000, 'spoken'],
      ['third', 9000, 12000, 'spoken'],
    ]);
    expect(q.current).toBeNull();
  });

  it('never lets the next announcement start before the previous one ended', async () => {
    const { player, started } = manualPlayer();
    let clock = 0;
    const q = new AnnouncementQueue(player, { now: () => ++clock });
    for (let i = 0; i < 5; i++) q.enqueue(ann(`n${i}`));
    for (let i = 0; i < 5; i++) {
      await tick();
      expect(started).toHaveLength(i + 1);
      started[i]!.finish();
    }
    await tick();
    const log = q.log;
    for (let i = 1; i < log.length; i++) expect(log[i]!.at).toBeGreaterThanOrEqual(log[i - 1]!.endedAt!);
  });

  it('lets an emergency go ahead of waiting calls without cutting off the current one', async () => {
    const { player, started } = manualPlayer();
    const q = new AnnouncementQueue(player);
    q.enqueue(ann('call 1'));
    q.enqueue(ann('call 2'));
    q.enqueue(ann('evacuate', 'emergency'), true);
    await tick();
    started[0]!.finish();
    await tick();
    expect(started.map((s) => s.a.text)).toEqual(['call 1', 'evacuate']);
  });

  it('records blocked and failing playback and moves on', async () => {
    const q = new AnnouncementQueue({
      play: async (a) => {
        if (a.text === 'boom') throw new Error('audio device gone');
        return { outcome: 'blocked', engine: 'clips' };
      },
    });
    q.enqueue(ann('boom'));
    q.enqueue(ann('quiet'));
    await tick();
    await tick();
    expect(q.log.map((e) => [e.text, e.outcome])).toEqual([
      ['boom', 'failed'],
      ['quiet', 'blocked'],
    ]);
  });

  it('moves on when a player never settles', async () => {
    const q = new AnnouncementQueue({ play: () => new Promise(() => undefined) }, { maxPlayMs: 20 });
    q.enqueue(ann('stuck'));
    q.enqueue(ann('next'));
    await vi.waitFor(() =>
      expect(q.log.map((e) => [e.text, e.outcome])).toEqual([
        ['stuck', 'failed'],
        ['next', 'failed'],
      ]),
    );
  });

  it('bounds the backlog and the log, mirroring the log into a sink', async () => {
    const { player, started } = manualPlayer();
    const sink: AnnouncementLogEntry[] = [];
    const q = new AnnouncementQueue(player, { maxPending: 3, maxLog: 5, sink });
    for (let i = 0; i < 8; i++) q.enqueue(ann(`n${i}`));
    await tick();
    // n0 is playing; n1..n7 arrived while it played, only the newest 3 wait.
    expect(q.backlog).toBe(3);
    expect(q.log.filter((e) => e.outcome === 'dropped').map((e) => e.text)).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(q.log.length).toBeLessThanOrEqual(5);
    expect(sink).toEqual(q.log);
    started[0]!.finish();
    await tick();
    expect(started[1]!.a.text).toBe('n5');
  });
});
