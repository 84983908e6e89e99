import { QUEUE_EVENT_TYPES, type QueueEventType } from './events.ts';

/**
 * What each audited action is, classified once (the audit viewer's "仅人工操作" filters on it):
 * - manual: a person decided to change the normal course (no-show, transfer, cancel, priority,
 *   lanes, pauses, broadcasts, emergency, configuration, issuing on a customer's behalf …);
 * - service: the normal course of serving (call, start, finish, sign-on, a kiosk's ticket …);
 * - system: nobody decided it (a device going offline, a phone ticket passed or lapsed, day end).
 * ticket:issued is manual only when staff issued it (channel lobby): see MANUAL_ISSUE_CHANNELS.
 */
export type AuditActionKind = 'manual' | 'service' | 'system';

export const AUDIT_ACTION_KIND: Record<QueueEventType, AuditActionKind> = {
  'ticket:issued': 'service',
  'ticket:called': 'service',
  'ticket:recalled': 'service',
  'ticket:started': 'service',
  'ticket:finished': 'service',
  'ticket:noShowed': 'manual',
  'ticket:suspended': 'manual',
  'ticket:resumed': 'manual',
  'ticket:transferred': 'manual',
  'ticket:cancelled': 'manual',
  'ticket:reactivated': 'manual',
  'ticket:prioritized': 'manual',
  'ticket:noted': 'manual',
  'ticket:activated': 'service',
  'ticket:passed': 'system',
  'ticket:lapsed': 'system',
  'counter:signedOn': 'service',
  'counter:signedOff': 'service',
  'counter:wentOffline': 'system',
  'counter:cameOnline': 'system',
  'counter:opened': 'service',
  'counter:closed': 'service',
  'counter:paused': 'manual',
  'counter:resumed': 'manual',
  'counter:lanesChanged': 'manual',
  'lane:paused': 'manual',
  'lane:resumed': 'manual',
  'hall:broadcasted': 'manual',
  'emergency:started': 'manual',
  'emergency:ended': 'manual',
  'vipVisit:started': 'service',
  'vipVisit:paged': 'manual',
  'vipVisit:accepted': 'service',
  'vipVisit:finished': 'service',
  'rating:recorded': 'service',
  'booking:created': 'service',
  'booking:cancelled': 'manual',
  'booking:checkedIn': 'service',
  'booking:missed': 'system',
  'config:changed': 'manual',
  'day:closed': 'system',
  'day:opened': 'system',
};

/** The actions always counted as manual. */
export const MANUAL_ACTIONS: readonly QueueEventType[] = QUEUE_EVENT_TYPES.filter(
  (t) => AUDIT_ACTION_KIND[t] === 'manual',
);

/** A ticket issued through these channels was a staff member's decision (代客取号). */
export const MANUAL_ISSUE_CHANNELS = ['lobby'] as const;
