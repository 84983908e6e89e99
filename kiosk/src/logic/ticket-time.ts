/** Times on the branch clock: one rule in shared/ for the kiosk, the phone pages and the server's messages. */
export { formatBranchClock, formatBranchTime } from '@lobby/shared';
