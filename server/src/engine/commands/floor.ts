import { isCounterAway, type VipVisitView } from '@lobby/shared';
import type { Draft } from '../draft.ts';
import type { Ticket } from '../types.ts';
import { freeCounter } from './counter-flow.ts';
import { isRefusal, refuse, type Handler } from './handler.ts';

export const pauseLane: Handler<'lane:pause'> = (d, cmd) => {
  const rt = d.lane(cmd.laneId);
  if (!rt) return refuse('NOT_FOUND', 'lane');
  if (rt.paused) return refuse('LANE_PAUSED');
  d.putLane(cmd.laneId, { ...rt, paused: true });
  d.emit({ type: 'lane:paused', actorId: cmd.actorId, reason: cmd.reason, laneId: cmd.laneId });
};

export const resumeLane: Handler<'lane:resume'> = (d, cmd) => {
  const rt = d.lane(cmd.laneId);
  if (!rt) return refuse('NOT_FOUND', 'lane');
  if (!rt.paused) return refuse('INVALID_STATE', 'lane is not paused');
  d.putLane(cmd.laneId, { ...rt, paused: false });
  d.emit({ type: 'lane:resumed', actorId: cmd.actorId, reason: cmd.reason, laneId: cmd.laneId });
};

export const broadcast: Handler<'hall:broadcast'> = (d, cmd) => {
  const minutes = cmd.durationMin ?? d.config.hallMessageMin;
  d.set('lastMessage', {
    id: cmd.messageId,
    text: cmd.text,
    speak: cmd.speak,
    at: d.now,
    expiresAt: d.now + minutes * 60_000,
  });
  d.emit({ type: 'hall:broadcasted', actorId: cmd.actorId, reason: cmd.text });
};

/** Emergency mode stops issue and calls; counters may still finish the customer in front of them. */
export const startEmergency: Handler<'emergency:start'> = (d, cmd) => {
  if (d.get('emergency').active) return refuse('INVALID_STATE', 'emergency mode is already on');
  d.set('emergency', { active: true, message: cmd.message, since: d.now });
  d.emit({ type: 'emergency:started', actorId: cmd.actorId, reason: cmd.message });
};

export const endEmergency: Handler<'emergency:end'> = (d, cmd) => {
  if (!d.get('emergency').active) return refuse('INVALID_STATE', 'emergency mode is off');
  d.set('emergency', { active: false, message: '', since: null });
  d.emit({ type: 'emergency:ended', actorId: cmd.actorId, reason: cmd.reason });
};

function activeVisitIn(d: Parameters<Handler<'vipVisit:start'>>[0], roomId: string): VipVisitView | undefined {
  for (const v of d.allVipVisits()) if (v.roomId === roomId && v.status !== 'finished') return v;
  return undefined;
}

/**
 * A VIP visit in a room. With a ticket, the ticket leaves the queue and counts as in service
 * until the visit finishes.
 */
export const startVipVisit: Handler<'vipVisit:start'> = (d, cmd) => {
  if (!d.config.vipRooms.some((r) => r.id === cmd.roomId)) return refuse('NOT_FOUND', 'vip room');
  if (activeVisitIn(d, cmd.roomId)) return refuse('VIP_ROOM_OCCUPIED');
  if (d.vipVisit(cmd.visitId)) return refuse('INVALID_STATE', 'duplicate visit id');
  let ticket: Ticket | undefined;
  if (cmd.ticketId !== null) {
    ticket = d.ticket(cmd.ticketId);
    if (!ticket) return refuse('NOT_FOUND', 'ticket');
    if (!['waiting', 'called', 'suspended'].includes(ticket.status))
      return refuse('INVALID_STATE', `ticket is ${ticket.status}`);
    if (ticket.counterId) {
      const holder = d.counter(ticket.counterId);
      if (holder && holder.currentTicketId === ticket.id) freeCounter(d, holder);
    }
    d.putTicket({
      ...ticket,
      status: 'serving',
      counterId: null,
      pinnedCounterId: null,
      front: false,
      calledAt: ticket.calledAt ?? d.now,
      firstCalledAt: ticket.firstCalledAt ?? d.now,
      startedAt: d.now,
      // Whoever serves in the room is known when they accept the page; until then, nobody.
      servedBy: null,
      finishedBy: null,
      notes: [
        ...ticket.notes,
        { at: d.now, byStaffId: cmd.actorId, text: `VIP room ${cmd.roomId}${cmd.note ? `: ${cmd.note}` : ''}` },
      ],
    });
  }
  const visit: VipVisitView = {
    id: cmd.visitId,
    roomId: cmd.roomId,
    ticketId: cmd.ticketId,
    status: 'waiting_staff',
    note: cmd.note,
    pagedStaffId: null,
    servingStaffId: null,
    startedAt: d.now,
    acceptedAt: null,
    finishedAt: null,
  };
  d.putVipVisit(visit);
  d.emit({
    type: 'vipVisit:started',
    actorId: cmd.actorId,
    reason: cmd.note || null,
    vipVisitId: visit.id,
    ticketIds: ticket ? [ticket.id] : [],
  });
};

function openVisit(d: Parameters<Handler<'vipVisit:page'>>[0], id: string) {
  const v = d.vipVisit(id);
  if (!v) return refuse('NOT_FOUND', 'vip visit');
  if (v.status === 'finished') return refuse('INVALID_STATE', 'visit finished');
  return v;
}

export const pageForVipVisit: Handler<'vipVisit:page'> = (d, cmd) => {
  const v = openVisit(d, cmd.visitId);
  if (isRefusal(v)) return v;
  if (v.status === 'in_service') return refuse('INVALID_STATE', 'already in service');
  d.putVipVisit({ ...v, status: 'paged', pagedStaffId: cmd.staffId });
  d.emit({ type: 'vipVisit:paged', actorId: cmd.actorId, vipVisitId: v.id });
};

export const acceptVipVisit: Handler<'vipVisit:accept'> = (d, cmd) => {
  const v = openVisit(d, cmd.visitId);
  if (isRefusal(v)) return v;
  if (v.status !== 'paged') return refuse('INVALID_STATE', 'nobody was paged');
  if (v.pagedStaffId !== cmd.staffId) return refuse('FORBIDDEN', 'paged someone else');
  d.putVipVisit({ ...v, status: 'in_service', servingStaffId: cmd.staffId, acceptedAt: d.now });
  // The visit's ticket is served by whoever accepted the page.
  const t = v.ticketId ? d.ticket(v.ticketId) : undefined;
  if (t && t.status === 'serving') d.putTicket({ ...t, servedBy: cmd.staffId });
  d.emit({ type: 'vipVisit:accepted', actorId: cmd.actorId, vipVisitId: v.id, ticketIds: t ? [t.id] : [] });
  leaveCounterForRoom(d, cmd.staffId, cmd.actorId);
};

/**
 * The teller who goes to a VIP room leaves their counter 暂离 (paused, reason `vipRoom`): it is
 * not callable while they are away. A counter that was not open (already paused or closed)
 * stays as it was, so finishing the visit gives back exactly what the teller left.
 */
function leaveCounterForRoom(d: Draft, staffId: string, actorId: string | null): void {
  for (const c of d.allCounters()) {
    if (c.tellerId !== staffId || c.status !== 'open') continue;
    d.putCounter({ ...c, status: 'paused', pauseReason: 'vipRoom' });
    d.emit({ type: 'counter:paused', actorId, reason: 'vipRoom', counterId: c.id });
  }
}

/** Back from the VIP room: the counter the visit made 暂离 opens again. */
function returnToCounter(d: Draft, staffId: string | null, actorId: string | null): void {
  if (staffId === null) return;
  for (const c of d.allCounters()) {
    if (c.tellerId !== staffId || !isCounterAway(c)) continue;
    d.putCounter({ ...c, status: 'open', pauseReason: null, idleSince: c.currentTicketId ? null : d.now });
    d.emit({ type: 'counter:resumed', actorId, reason: 'vipRoom', counterId: c.id });
  }
}

export const finishVipVisit: Handler<'vipVisit:finish'> = (d, cmd) => {
  const v = openVisit(d, cmd.visitId);
  if (isRefusal(v)) return v;
  // Only the staff member paged to (or serving) the visit, or the floor, ends it.
  if (!cmd.floor && cmd.staffId !== v.pagedStaffId && cmd.staffId !== v.servingStaffId)
    return refuse('FORBIDDEN', 'not your VIP visit');
  const ticketIds: string[] = [];
  if (v.ticketId) {
    const t = d.ticket(v.ticketId);
    if (t && t.status === 'serving') {
      d.putTicket({
        ...t,
        status: 'done',
        outcome: 'served',
        finishedAt: d.now,
        servedBy: v.servingStaffId ?? v.pagedStaffId ?? cmd.staffId,
        finishedBy: cmd.staffId,
        servedBusinessTypeIds: [t.businessTypeId],
      });
      ticketIds.push(t.id);
    }
  }
  d.putVipVisit({ ...v, status: 'finished', finishedAt: d.now });
  d.emit({ type: 'vipVisit:finished', actorId: cmd.actorId, vipVisitId: v.id, ticketIds });
  returnToCounter(d, v.servingStaffId, cmd.actorId);
};
