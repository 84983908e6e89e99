/**
 * The engine's state: one branch, one business date. Pure data; the engine never mutates
 * a state it was given (copy on write), so a rejected command leaves nothing behind.
 */
import type {
  BranchConfig,
  CallAnnouncement,
  CounterStatus,
  EmergencyState,
  ErrorCode,
  FinishOutcome,
  FinishReason,
  LocalizedText,
  HallMessage,
  IssueChannel,
  PauseReason,
  QueueEventType,
  TicketAppointment,
  TicketStaffView,
  TransferTarget,
  BookingStaffView,
  VipVisitView,
} from '@lobby/shared';
import type { TicketBook } from './ticket-book.ts';

/** A ticket as the engine holds it: what staff see, plus its mobile page token. */
export interface Ticket extends TicketStaffView {
  /** Unguessable token of the mobile ticket page; never in a projection. */
  token: string;
}

export interface CounterRuntime {
  id: string;
  status: CounterStatus;
  pauseReason: PauseReason | null;
  tellerId: string | null;
  tellerName: string | null;
  online: boolean;
  currentTicketId: string | null;
  idleSince: number | null;
  /** Effective ordered lanes for the day. */
  laneIds: string[];
}

export interface LaneRuntime {
  /** Last number handed out (within rangeStart..rangeEnd), 0 before the first. */
  lastNumber: number;
  issued: number;
  paused: boolean;
}

/** Which dispatch order the engine uses. `accumulated` is the product default (docs/domain.md §5). */
export type DispatchPolicyName = 'accumulated' | 'fifo' | 'strict' | 'dedicated';

export interface EngineState {
  config: BranchConfig;
  businessDate: string;
  /** The day close ran for businessDate: no more tickets until the date changes. */
  dayClosed: boolean;
  dispatch: DispatchPolicyName;
  tickets: TicketBook;
  counters: ReadonlyMap<string, CounterRuntime>;
  lanes: Readonly<Record<string, LaneRuntime>>;
  vipVisits: ReadonlyMap<string, VipVisitView>;
  emergency: EmergencyState;
  /** Last calls, newest first, bounded. */
  recentCalls: readonly CallAnnouncement[];
  lastMessage: HallMessage | null;
}

interface Actor {
  /** Staff or device id; null for the system (timers, day close). */
  actorId: string | null;
}

export type EngineCommand =
  | (Actor & {
      type: 'ticket:issue';
      ticketId: string;
      token: string;
      laneId: string;
      businessTypeId: string;
      priorityGroupId: string | null;
      vipTierId: string | null;
      /** `mobile` = a phone ticket (remote queue): called only once activated. */
      channel: IssueChannel;
      /** A booked customer checking in (the use case judged the punctuality from the booking). */
      appointment?: TicketAppointment | null;
    })
  /** A phone ticket's customer is in the hall. */
  | (Actor & { type: 'ticket:activate'; ticketId: string })
  | (Actor & { type: 'counter:signOn'; counterId: string; tellerId: string; tellerName: string })
  | (Actor & { type: 'counter:signOff'; counterId: string })
  | (Actor & { type: 'counter:release'; counterId: string; reason: string })
  | (Actor & { type: 'counter:setOnline'; counterId: string; online: boolean })
  | (Actor & { type: 'counter:callNext'; counterId: string })
  | (Actor & { type: 'counter:callTicket'; counterId: string; ticketId: string; reason: string })
  | (Actor & { type: 'ticket:recall'; counterId: string })
  | (Actor & { type: 'ticket:start'; counterId: string })
  | (Actor & {
      type: 'ticket:finish';
      counterId: string;
      outcome: FinishOutcome;
      servedBusinessTypeIds: string[];
      /** Needed unless served. */
      reason?: FinishReason | null;
    })
  | (Actor & { type: 'ticket:markNoShow'; counterId: string })
  | (Actor & { type: 'ticket:suspend'; counterId: string; missingMaterials: LocalizedText[]; note: string })
  | (Actor & { type: 'ticket:transfer'; ticketId: string; to: TransferTarget; note: string })
  | (Actor & { type: 'ticket:resume'; ticketId: string; mode: 'front' | 'pinned'; reason: string })
  | (Actor & { type: 'ticket:cancel'; ticketId: string; reason: string })
  | (Actor & { type: 'ticket:reactivate'; ticketId: string; reason: string })
  | (Actor & { type: 'ticket:setPriority'; ticketId: string; priorityGroupId: string | null; reason: string })
  | (Actor & { type: 'ticket:addNote'; ticketId: string; text: string })
  | (Actor & { type: 'counter:pause'; counterId: string; reason: PauseReason; note: string })
  | (Actor & { type: 'counter:resume'; counterId: string })
  | (Actor & { type: 'counter:open'; counterId: string; reason: string })
  | (Actor & { type: 'counter:close'; counterId: string; reason: string })
  | (Actor & { type: 'counter:setLanes'; counterId: string; laneIds: string[]; reason: string })
  | (Actor & { type: 'lane:pause'; laneId: string; reason: string })
  | (Actor & { type: 'lane:resume'; laneId: string; reason: string })
  | (Actor & { type: 'hall:broadcast'; messageId: string; text: string; speak: boolean; durationMin?: number | null })
  | (Actor & { type: 'emergency:start'; message: string })
  | (Actor & { type: 'emergency:end'; reason: string })
  | (Actor & { type: 'vipVisit:start'; visitId: string; roomId: string; ticketId: string | null; note: string })
  | (Actor & { type: 'vipVisit:page'; visitId: string; staffId: string })
  | (Actor & { type: 'vipVisit:accept'; visitId: string; staffId: string })
  /** staffId: who asks; `floor`: the lobby manager or admin, who may finish any visit. */
  | (Actor & { type: 'vipVisit:finish'; visitId: string; staffId: string; floor: boolean })
  | (Actor & { type: 'config:apply'; config: BranchConfig })
  | (Actor & { type: 'day:close'; reason: string })
  /** Timer: auto no-show after the last recall's grace, phone tickets passed and lapsed, the business-date rollover. */
  | (Actor & { type: 'system:tick' });

export type EngineCommandType = EngineCommand['type'];

/** What happened, as the engine saw it; the store turns these into sequenced wire events. */
export interface EngineEvent {
  type: QueueEventType;
  at: number;
  actorId: string | null;
  reason: string | null;
  /** Tickets whose post-event state goes with the event. */
  ticketIds: string[];
  counterId: string | null;
  laneId: string | null;
  vipVisitId: string | null;
  call: CallAnnouncement | null;
  /** Booking events (emitted by the booking use cases, not by the engine). */
  booking?: BookingStaffView;
}

/** Which tickets a decision wrote: their ids, or 'all' (a day close replaces the map). */
export type TicketChanges = ReadonlySet<string> | 'all';

export type EngineResult =
  | {
      ok: true;
      state: EngineState;
      events: EngineEvent[];
      /**
       * The tickets the command wrote (every other ticket is the same object as before), so the
       * store saves those and does not compare the whole day's; 'all' when it replaced them all.
       */
      changedTickets: TicketChanges;
    }
  | { ok: false; code: ErrorCode; message?: string };
