import type { ComplaintAction, ComplaintStatus } from '@lobby/shared';

/** The actions the register offers for a status (the server enforces the same order). */
export function nextActions(status: ComplaintStatus, writtenResultAt: number | null): ComplaintAction[] {
  switch (status) {
    case 'open':
      return ['respond'];
    case 'responded':
      return ['resolve'];
    case 'resolved':
      return writtenResultAt === null ? ['writtenResult', 'verify'] : ['verify'];
    case 'verified':
      return writtenResultAt === null ? ['writtenResult'] : ['close'];
    case 'closed':
      return [];
  }
}
