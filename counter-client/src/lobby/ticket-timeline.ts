import type { TicketStaffView, TransferTarget } from '@lobby/shared';

/**
 * A ticket's history as one time-ordered list: issue, every redirect and note, calls,
 * start and end. Labels are resolved by the drawer (they need the config and the language).
 */
export type TimelineEntry =
  | { kind: 'issued'; at: number }
  | { kind: 'firstCalled'; at: number }
  | { kind: 'called'; at: number; recalls: number }
  | { kind: 'started'; at: number }
  | { kind: 'finished'; at: number }
  | {
      kind: 'redirect';
      at: number;
      by: string | null;
      fromLaneId: string;
      fromCounterId: string | null;
      to: TransferTarget;
      note: string;
    }
  | { kind: 'note'; at: number; by: string | null; text: string };

export function ticketTimeline(t: TicketStaffView): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ kind: 'issued', at: t.issuedAt }];
  if (t.firstCalledAt !== null) entries.push({ kind: 'firstCalled', at: t.firstCalledAt });
  // The last call only when it is a different moment (a recall or a call after a redirect).
  if (t.calledAt !== null && t.calledAt !== t.firstCalledAt)
    entries.push({ kind: 'called', at: t.calledAt, recalls: t.recalls });
  if (t.startedAt !== null) entries.push({ kind: 'started', at: t.startedAt });
  if (t.finishedAt !== null) entries.push({ kind: 'finished', at: t.finishedAt });
  for (const r of t.redirects) {
    entries.push({
      kind: 'redirect',
      at: r.at,
      by: r.byStaffId,
      fromLaneId: r.fromLaneId,
      fromCounterId: r.fromCounterId,
      to: r.to,
      note: r.note,
    });
  }
  for (const n of t.notes) entries.push({ kind: 'note', at: n.at, by: n.byStaffId, text: n.text });
  // Stable: equal times keep the lifecycle order above.
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map(({ e }) => e);
}
