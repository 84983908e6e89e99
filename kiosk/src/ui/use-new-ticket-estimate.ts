import { useMemo } from 'react';
import { newTicketEstimate, type NewTicketEstimate } from '@lobby/shared';
import { useKiosk } from './kiosk-context.tsx';

/**
 * What the ticket being chosen would be told if taken now: the forecast's figure for its
 * lane, priority group and VIP tier — the figure the server prints on it (19.9: the confirm
 * screen and the ticket show the same estimate). Before the first forecast, the lane's own.
 */
export function useNewTicketEstimate(): NewTicketEstimate | null {
  const laneId = useKiosk((s) => s.flow.draft.laneId);
  const priorityGroupId = useKiosk((s) => s.flow.draft.priorityGroupId);
  const vipTierId = useKiosk((s) => s.flow.draft.vipTierId);
  const estimates = useKiosk((s) => s.estimates);
  const lane = useKiosk((s) => (laneId ? s.lanes[laneId] : undefined));
  return useMemo(() => {
    if (!laneId) return null;
    const exact = newTicketEstimate(estimates, laneId, priorityGroupId, vipTierId);
    if (exact) return exact;
    return lane?.estimate && lane.ahead !== null
      ? { laneId, priorityGroupId, vipTierId, ahead: lane.ahead, estimate: lane.estimate }
      : null;
  }, [laneId, priorityGroupId, vipTierId, estimates, lane]);
}
