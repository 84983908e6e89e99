import { OPEN_TICKET_STATUSES, type StaffQueueEvent } from '@lobby/shared';
import type { EngineState, Ticket } from '../../engine/types.ts';
import type { ReminderTarget } from '../../store/reminder-store.ts';

/**
 * Which reminders are due after a commit, pure: "called, go to counter N" for a target whose
 * ticket the batch called; "N ahead" once, when a waiting ticket's place (the wait forecast's
 * figure, which its page shows; `aheadOf` gives it, null before a forecast has it) comes within
 * the branch's setting; and which targets' tickets ended, whose addresses are to be forgotten.
 */
export interface DueReminder {
  target: ReminderTarget;
  what: 'near' | 'called';
  number: string;
  ahead: number | null;
  counterName: { zh: string; en: string } | null;
  token: string;
}

export function planReminders(
  state: EngineState,
  events: readonly StaffQueueEvent[],
  targets: readonly ReminderTarget[],
  aheadOf: (ticket: Ticket) => number | null,
): { due: DueReminder[]; ended: string[] } {
  const calls = new Map<string, { zh: string; en: string }>();
  for (const e of events) if (e.type === 'ticket:called' && e.call) calls.set(e.call.ticketId, e.call.counterName);
  const due: DueReminder[] = [];
  const ended = new Set<string>();
  for (const target of targets) {
    const t = state.tickets.get(target.ticketId);
    if (!t || !OPEN_TICKET_STATUSES.includes(t.status)) {
      ended.add(target.ticketId);
      continue;
    }
    const base = { target, number: t.number, token: t.token };
    const counter = calls.get(t.id);
    if (counter && target.calledSentAt === null) {
      due.push({ ...base, what: 'called', ahead: null, counterName: counter });
      continue;
    }
    if (t.status !== 'waiting' || target.nearSentAt !== null) continue;
    const ahead = aheadOf(t);
    if (ahead !== null && ahead <= state.config.reminders.aheadCount)
      due.push({ ...base, what: 'near', ahead, counterName: null });
  }
  return { due, ended: [...ended] };
}
