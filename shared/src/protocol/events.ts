/**
 * Notifications (past tense). Every one carries the branch sequence number; every client
 * gets every seq (projected for its audience) so a gap always means a missed event.
 */
import type { BranchConfig } from '../config/branch-config.ts';
import type { TicketPublicView, TicketStaffView } from '../domain/ticket.ts';
import type {
  CallAnnouncement,
  CounterPublicView,
  CounterStaffView,
  EmergencyState,
  EstimatesView,
  HallMessage,
  LaneStats,
  VipRoomView,
  VipVisitView,
} from '../domain/floor.ts';
import type { LocalizedText } from '../text/localized.ts';
import type { BookingStaffView } from '../domain/booking.ts';

export const QUEUE_EVENT_TYPES = [
  'ticket:issued',
  'ticket:called',
  'ticket:recalled',
  'ticket:started',
  'ticket:finished',
  'ticket:noShowed',
  'ticket:suspended',
  'ticket:resumed',
  'ticket:transferred',
  'ticket:cancelled',
  'ticket:reactivated',
  'ticket:prioritized',
  'ticket:noted',
  /** A phone ticket's customer arrived (poster QR or kiosk): from now on it can be called. */
  'ticket:activated',
  /** A free counter would have called this phone ticket, but its customer has not arrived yet. */
  'ticket:passed',
  /** A phone ticket not activated within the grace period after it was passed: it leaves the queue. */
  'ticket:lapsed',
  'counter:signedOn',
  'counter:signedOff',
  'counter:wentOffline',
  'counter:cameOnline',
  'counter:opened',
  'counter:closed',
  'counter:paused',
  'counter:resumed',
  'counter:lanesChanged',
  'lane:paused',
  'lane:resumed',
  'hall:broadcasted',
  'emergency:started',
  'emergency:ended',
  'vipVisit:started',
  'vipVisit:paged',
  'vipVisit:accepted',
  'vipVisit:finished',
  'rating:recorded',
  'booking:created',
  'booking:cancelled',
  'booking:checkedIn',
  /** The booked customer never came (marked once the business date is over). */
  'booking:missed',
  'config:changed',
  'day:closed',
  /** A new business date began: numbering restarts; clients should take a snapshot. */
  'day:opened',
] as const;
export type QueueEventType = (typeof QUEUE_EVENT_TYPES)[number];

interface QueueEventBase {
  seq: number;
  type: QueueEventType;
  at: number;
  businessDate: string;
  /** Lane figures as of the commit that carried the event (waiting counts; estimates from the latest forecast, see `estimates:updated`). */
  lanes: LaneStats[];
  call?: CallAnnouncement;
  emergency?: EmergencyState;
  message?: HallMessage;
}

export interface StaffQueueEvent extends QueueEventBase {
  audience: 'staff';
  actorId: string | null;
  reason: string | null;
  ticket?: TicketStaffView;
  /** Every ticket the event changed (day close changes many). */
  tickets?: TicketStaffView[];
  counter?: CounterStaffView;
  vipVisit?: VipVisitView;
  config?: BranchConfig;
  booking?: BookingStaffView;
}

export interface PublicQueueEvent extends QueueEventBase {
  audience: 'public';
  ticket?: TicketPublicView;
  tickets?: TicketPublicView[];
  counter?: CounterPublicView;
  config?: BranchConfig;
}

export type QueueEvent = StaffQueueEvent | PublicQueueEvent;

export const ALERT_KINDS = [
  'wait_over_target',
  'counter_idle',
  'called_not_arrived',
  'predicted_over_target',
  'counter_offline',
  'complaint_overdue',
  /** A device hit the VIP lookup limit: someone may be enumerating phone/card numbers. */
  'vip_lookup_burst',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Computed on the server so every lobby client sees the same list. */
export interface Alert {
  id: string;
  kind: AlertKind;
  laneId: string | null;
  counterId: string | null;
  ticketId: string | null;
  message: LocalizedText;
  suggestion: LocalizedText | null;
  raisedAt: number;
  acknowledgedBy: string | null;
  acknowledgedAt: number | null;
}

interface SnapshotBase {
  seq: number;
  businessDate: string;
  serverTime: number;
  config: BranchConfig;
  lanes: LaneStats[];
  recentCalls: CallAnnouncement[];
  emergency: EmergencyState;
  lastMessage: HallMessage | null;
  /** The latest wait forecast (null before the first one). */
  estimates: EstimatesView | null;
}

export interface StaffSnapshot extends SnapshotBase {
  audience: 'staff';
  /** Every ticket of the business date. */
  tickets: TicketStaffView[];
  counters: CounterStaffView[];
  vipRooms: VipRoomView[];
  alerts: Alert[];
  staff: { id: string; name: string; role: 'teller' | 'lobby' | 'admin' }[];
}

export interface PublicSnapshot extends SnapshotBase {
  audience: 'public';
  /** Open tickets only. */
  tickets: TicketPublicView[];
  counters: CounterPublicView[];
}

export type Snapshot = StaffSnapshot | PublicSnapshot;
