import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useReasonDialog } from './reason-dialog.tsx';
import { TransferDialog } from './transfer-dialog.tsx';
import { PriorityDialog } from './priority-dialog.tsx';
import { useLobbyCommand } from './use-lobby-command.ts';
import { useCounterLabel, useLocalized } from './use-localized.ts';

/**
 * The lobby manager's ticket actions, each asking for the reason the protocol audits.
 * Returns the actions and the dialogs to render next to whatever offers them.
 */
export interface TicketActions {
  transfer: (t: TicketStaffView) => void;
  setPriority: (t: TicketStaffView) => void;
  cancel: (t: TicketStaffView) => void;
  resumeFront: (t: TicketStaffView) => void;
  resumePinned: (t: TicketStaffView) => void;
  reactivate: (t: TicketStaffView) => void;
  dialogs: ReactNode;
}

export function useTicketActions(): TicketActions {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const counterLabel = useCounterLabel();
  const config = useAppStore((s) => s.floor.config);
  const run = useLobbyCommand();
  const { ask, dialog } = useReasonDialog();
  const [transferring, setTransferring] = useState<TicketStaffView | null>(null);
  const [prioritising, setPrioritising] = useState<TicketStaffView | null>(null);
  const laneLabel = (laneId: string) => text(config?.lanes.find((l) => l.id === laneId)?.name, laneId);

  return {
    transfer: setTransferring,
    setPriority: setPrioritising,
    cancel: (ticket) =>
      ask({
        title: t('cancel.title', { number: ticket.number }),
        submit: async (reason) => (await run('ticket:cancel', { ticketId: ticket.id, reason })) !== null,
      }),
    resumeFront: (ticket) =>
      ask({
        title: t('resume.frontTitle', { number: ticket.number, lane: laneLabel(ticket.laneId) }),
        submit: async (reason) => (await run('ticket:resume', { ticketId: ticket.id, mode: 'front', reason })) !== null,
      }),
    resumePinned: (ticket) =>
      ask({
        title: t('resume.pinnedTitle', { number: ticket.number, counter: counterLabel(ticket.suspendedByCounterId) }),
        submit: async (reason) =>
          (await run('ticket:resume', { ticketId: ticket.id, mode: 'pinned', reason })) !== null,
      }),
    reactivate: (ticket) =>
      ask({
        title: t('reactivate.title', { number: ticket.number }),
        submit: async (reason) => (await run('ticket:reactivate', { ticketId: ticket.id, reason })) !== null,
      }),
    dialogs: (
      <>
        {dialog}
        <TransferDialog ticket={transferring} onClose={() => setTransferring(null)} />
        <PriorityDialog ticket={prioritising} onClose={() => setPrioritising(null)} />
      </>
    ),
  };
}
