import { OPEN_TICKET_STATUSES, type Snapshot } from '@lobby/shared';
import { canonical } from './log-checks.ts';
import type { MirrorClient } from './mirror-client.ts';

/**
 * Where a client's event-built state differs from the server's snapshot (empty = equal).
 * A public snapshot carries open tickets only, so the client's closed ones are left out.
 */
export function divergence(mirror: MirrorClient, snapshot: Snapshot): string[] {
  const out: string[] = [];
  if (mirror.lastSeq !== snapshot.seq) out.push(`client at seq ${mirror.lastSeq}, server at ${snapshot.seq}`);
  const open = new Set<string>(OPEN_TICKET_STATUSES);
  const mine = [...mirror.tickets.values()].filter((t) => snapshot.audience === 'staff' || open.has(t.status));
  const theirs = new Map<string, unknown>(snapshot.tickets.map((t) => [t.id, t]));
  for (const t of mine) {
    const s = theirs.get(t.id);
    if (s === undefined) out.push(`client has ${t.number} (${t.status}) the server does not`);
    else if (canonical(s) !== canonical(t)) out.push(`${t.number}: client ${canonical(t)} ≠ server ${canonical(s)}`);
    theirs.delete(t.id);
  }
  for (const s of theirs.values()) out.push(`server has ${(s as { number: string }).number} the client does not`);
  for (const c of snapshot.counters) {
    const m = mirror.counters.get(c.id);
    if (m === undefined) out.push(`client lacks counter ${c.id}`);
    else if (canonical(m) !== canonical(c))
      out.push(`counter ${c.id}: client ${canonical(m)} ≠ server ${canonical(c)}`);
  }
  return out.slice(0, 20);
}
