import { issueWindowRefusal } from '../business-hours.ts';
import { newWaitingTicket } from '../new-ticket.ts';
import { refuse, type Handler } from './handler.ts';

function formatNumber(prefix: string, n: number, rangeEnd: number): string {
  return prefix + String(n).padStart(Math.max(3, String(rangeEnd).length), '0');
}

/**
 * Issue a ticket: numbers run per lane per business date and never repeat within it
 * (issue is refused once the range or the daily cap is used up).
 */
export const issueTicket: Handler<'ticket:issue'> = (d, cmd) => {
  const config = d.config;
  if (d.get('emergency').active) return refuse('EMERGENCY_MODE');
  const lane = config.lanes.find((l) => l.id === cmd.laneId);
  if (!lane) return refuse('NOT_FOUND', 'lane');
  const bt = config.businessTypes.find((b) => b.id === cmd.businessTypeId);
  if (!bt || !bt.enabled) return refuse('NOT_FOUND', 'business type');
  if (bt.laneId !== lane.id && lane.id !== config.vipLaneId)
    return refuse('LANE_NOT_SERVED', 'business type belongs to another lane');
  if (cmd.priorityGroupId !== null && !config.priorityGroups.some((g) => g.id === cmd.priorityGroupId))
    return refuse('NOT_FOUND', 'priority group');
  if (cmd.vipTierId !== null && !config.vipTiers.some((t) => t.id === cmd.vipTierId))
    return refuse('NOT_FOUND', 'vip tier');
  if (d.ticket(cmd.ticketId)) return refuse('INVALID_STATE', 'duplicate ticket id');
  const remote = cmd.channel === 'mobile';
  if (remote && (!config.remoteQueue.enabled || !config.remoteQueue.laneIds.includes(lane.id)))
    return refuse('REMOTE_QUEUE_CLOSED');
  if (remote && cmd.appointment) return refuse('INVALID_PAYLOAD', 'a phone ticket is not a check-in');
  const window = d.get('dayClosed') ? 'OUTSIDE_BUSINESS_HOURS' : issueWindowRefusal(config.hours, d.now);
  if (window) return refuse(window);
  const rt = d.lane(lane.id) ?? { lastNumber: 0, issued: 0, paused: false };
  if (rt.paused) return refuse('LANE_PAUSED');
  if (rt.issued >= lane.dailyCap) return refuse('LANE_CAP_REACHED');
  if (rt.issued >= lane.rangeEnd - lane.rangeStart + 1) return refuse('NUMBER_RANGE_EXHAUSTED');
  const next = rt.lastNumber < lane.rangeStart ? lane.rangeStart : rt.lastNumber + 1;
  const ticket = newWaitingTicket({
    id: cmd.ticketId,
    token: cmd.token,
    number: formatNumber(lane.prefix, next, lane.rangeEnd),
    laneId: lane.id,
    businessTypeId: bt.id,
    businessDate: d.get('businessDate'),
    channel: cmd.channel,
    issuedAt: d.now,
    priorityGroupId: cmd.priorityGroupId,
    vipTierId: cmd.vipTierId,
    appointment: cmd.appointment ?? null,
    remote: remote ? { activatedAt: null, passedAt: null } : null,
  });
  d.putLane(lane.id, { ...rt, lastNumber: next, issued: rt.issued + 1 });
  d.putTicket(ticket);
  d.emit({ type: 'ticket:issued', actorId: cmd.actorId, ticketIds: [ticket.id], laneId: lane.id });
};
