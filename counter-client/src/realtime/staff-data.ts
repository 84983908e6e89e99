import type {
  Alert,
  BookingStaffView,
  BranchConfig,
  CallAnnouncement,
  CounterStaffView,
  EmergencyState,
  HallMessage,
  LaneStats,
  StaffQueueEvent,
  StaffSnapshot,
  TicketStaffView,
  VipRoomView,
  VipVisitView,
} from '@lobby/shared';

/** The staff view of the floor, kept current from the snapshot plus every event after it. */
export interface StaffFloorData {
  seq: number;
  businessDate: string | null;
  /** serverTime − local clock at snapshot time; live timers add it to Date.now(). */
  clockOffsetMs: number;
  config: BranchConfig | null;
  tickets: Record<string, TicketStaffView>;
  counters: Record<string, CounterStaffView>;
  lanes: LaneStats[];
  recentCalls: CallAnnouncement[];
  emergency: EmergencyState;
  lastMessage: HallMessage | null;
  vipRooms: VipRoomView[];
  /** The latest state of every VIP visit seen, including pages to a teller. */
  vipVisits: Record<string, VipVisitView>;
  alerts: Alert[];
  staff: StaffSnapshot['staff'];
  /**
   * Bookings as the events since the last snapshot left them (the snapshot carries none): the
   * lobby's list loads the date's bookings after each snapshot (`bookingsSince`) and lays these over.
   */
  bookings: Record<string, BookingStaffView>;
  bookingsSince: number;
}

const RECENT_CALLS_KEPT = 30;

export function emptyFloorData(): StaffFloorData {
  return {
    seq: 0,
    businessDate: null,
    clockOffsetMs: 0,
    config: null,
    tickets: {},
    counters: {},
    lanes: [],
    recentCalls: [],
    emergency: { active: false, message: '', since: null },
    lastMessage: null,
    vipRooms: [],
    vipVisits: {},
    alerts: [],
    staff: [],
    bookings: {},
    bookingsSince: 0,
  };
}

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const item of items) out[item.id] = item;
  return out;
}

export function floorFromSnapshot(snapshot: StaffSnapshot, localNow: number): StaffFloorData {
  const vipVisits: Record<string, VipVisitView> = {};
  for (const room of snapshot.vipRooms) if (room.visit) vipVisits[room.visit.id] = room.visit;
  return {
    seq: snapshot.seq,
    businessDate: snapshot.businessDate,
    clockOffsetMs: snapshot.serverTime - localNow,
    config: snapshot.config,
    tickets: byId(snapshot.tickets),
    counters: byId(snapshot.counters),
    lanes: snapshot.lanes,
    recentCalls: snapshot.recentCalls.slice(0, RECENT_CALLS_KEPT),
    emergency: snapshot.emergency,
    lastMessage: snapshot.lastMessage,
    vipRooms: snapshot.vipRooms,
    vipVisits,
    alerts: snapshot.alerts,
    staff: snapshot.staff,
    bookings: {},
    bookingsSince: snapshot.seq,
  };
}

/**
 * Events carry the full post-state of what they touched, so applying one is an upsert.
 * Only the parts that changed get new references (stable selectors elsewhere stay stable).
 */
export function applyStaffEvent(data: StaffFloorData, event: StaffQueueEvent): StaffFloorData {
  const next: StaffFloorData = { ...data, seq: event.seq, businessDate: event.businessDate, lanes: event.lanes };
  const changed = [...(event.ticket ? [event.ticket] : []), ...(event.tickets ?? [])];
  if (event.type === 'day:closed' && event.businessDate !== data.businessDate) {
    // A new business date starts empty: yesterday's tickets are archived on the server.
    next.tickets = {};
    next.bookings = {};
  }
  if (event.booking) next.bookings = { ...next.bookings, [event.booking.id]: event.booking };
  if (changed.length > 0) {
    next.tickets = { ...next.tickets };
    for (const ticket of changed) next.tickets[ticket.id] = ticket;
  }
  if (event.counter) next.counters = { ...data.counters, [event.counter.id]: event.counter };
  if (event.call) next.recentCalls = [event.call, ...data.recentCalls].slice(0, RECENT_CALLS_KEPT);
  if (event.emergency) next.emergency = event.emergency;
  if (event.message) next.lastMessage = event.message;
  if (event.config) next.config = event.config;
  if (event.vipVisit) {
    const visit = event.vipVisit;
    next.vipVisits = { ...data.vipVisits, [visit.id]: visit };
    next.vipRooms = data.vipRooms.map((room) =>
      room.id === visit.roomId ? { ...room, visit: visit.status === 'finished' ? null : visit } : room,
    );
  }
  return next;
}
