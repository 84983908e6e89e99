import type { PublicSnapshot, QueueEvent, Role, StaffQueueEvent, StaffSnapshot, SyncResult } from '@lobby/shared';
import { audienceOf } from '@lobby/shared';
import type { EventLog } from '../store/event-log.ts';
import { toPublicEvent } from './public-event.ts';

/** Beyond this many missed events a snapshot is cheaper than a replay. */
export const MAX_REPLAY_EVENTS = 2000;

export interface SyncSources {
  eventLog: EventLog;
  lastSeq: number;
  businessDate: string;
  numberOf: (ticketId: string) => string | null;
  snapshot: () => StaffSnapshot | PublicSnapshot;
}

/** The events a client missed since `sinceSeq`, projected for its role, or a snapshot. */
export function syncSince(role: Role, sinceSeq: number, src: SyncSources): SyncResult {
  if (sinceSeq > src.lastSeq) return { kind: 'snapshot', snapshot: src.snapshot() };
  if (sinceSeq === src.lastSeq) return { kind: 'events', events: [] };
  if (src.lastSeq - sinceSeq > MAX_REPLAY_EVENTS || src.eventLog.countAfter(sinceSeq) > MAX_REPLAY_EVENTS) {
    return { kind: 'snapshot', snapshot: src.snapshot() };
  }
  const events = src.eventLog.after(sinceSeq, MAX_REPLAY_EVENTS + 1);
  // A client still on a previous business date needs the new day's picture, not a replay.
  if (events.some((e) => e.businessDate !== src.businessDate)) return { kind: 'snapshot', snapshot: src.snapshot() };
  return { kind: 'events', events: project(role, events, src.numberOf) };
}

export function project(role: Role, events: StaffQueueEvent[], numberOf: (id: string) => string | null): QueueEvent[] {
  return audienceOf(role) === 'staff' ? events : events.map((e) => toPublicEvent(e, numberOf));
}
