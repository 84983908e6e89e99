import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';

/** A run whose groups are recorded and released by hand. */
function heldRuns(fail: (item: string) => boolean = () => false) {
  const groups: string[][] = [];
  const releases: (() => void)[] = [];
  const run = (items: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      groups.push(items);
      releases.push(() =>
        items.some(fail) ? reject(new Error(`bad ${items.join(',')}`)) : resolve(items.map((i) => `ok ${i}`)),
      );
    });
  const releaseAll = async () => {
    while (releases.length > 0) {
      releases.shift()!();
      await new Promise((r) => setImmediate(r));
    }
  };
  return { groups, run, releaseAll };
}

describe('group commit', () => {
  it('runs what waited as one group, one item per key, each caller getting its own output', async () => {
    const h = heldRuns();
    const gc = new GroupCommit(h.run, { maxInFlight: 1, maxGroup: 3 });
    const out = [
      gc.submit('b1', 'b1#1'),
      gc.submit('b2', 'b2#1'),
      gc.submit('b1', 'b1#2'),
      gc.submit('b3', 'b3#1'),
      gc.submit('b4', 'b4#1'),
      gc.submit('b5', 'b5#1'),
    ];
    await h.releaseAll();
    expect(await Promise.all(out)).toEqual(['ok b1#1', 'ok b2#1', 'ok b1#2', 'ok b3#1', 'ok b4#1', 'ok b5#1']);
    // The first ran alone at once; then at most three, never two of one key; order kept per key.
    expect(h.groups).toEqual([['b1#1'], ['b2#1', 'b1#2', 'b3#1'], ['b4#1', 'b5#1']]);
  });

  it('retries a failed group one item at a time, so only the bad item fails', async () => {
    const h = heldRuns((i) => i === 'bad');
    const gc = new GroupCommit(h.run, { maxInFlight: 1, maxGroup: 10 });
    const first = gc.submit('a', 'a');
    const rest = [gc.submit('b', 'b'), gc.submit('c', 'bad'), gc.submit('d', 'd')].map((p) =>
      p.then(
        (v) => v,
        (e: Error) => e.message,
      ),
    );
    await h.releaseAll();
    expect(await first).toBe('ok a');
    expect(await Promise.all(rest)).toEqual(['ok b', 'bad bad', 'ok d']);
    expect(h.groups).toEqual([['a'], ['b', 'bad', 'd'], ['b'], ['bad'], ['d']]);
  });
});
