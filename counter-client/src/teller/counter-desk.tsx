import { useCallback, useMemo, useState } from 'react';
import { Alert, App, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  CounterStaffView,
  FinishOutcome,
  FinishReason,
  LocalizedText,
  ManualPauseReason,
  TransferTarget,
} from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useCommand } from '../realtime/use-command.ts';
import { allowedActions, ACTION_SHORTCUTS, type TellerAction } from './action-rules.ts';
import { useShortcuts } from './use-shortcuts.ts';
import { CounterBar } from './counter-bar.tsx';
import { CurrentTicketCard } from './current-ticket-card.tsx';
import { ActionPanel } from './action-panel.tsx';
import { FinishModal } from './finish-modal.tsx';
import { SuspendModal } from './suspend-modal.tsx';
import { NoShowModal } from './no-show-modal.tsx';
import { TransferModal } from './transfer-modal.tsx';
import { PauseModal } from './pause-modal.tsx';
import { CallTicketModal } from './call-ticket-modal.tsx';
import { usePagedVisit, VipPagePrompt } from './vip-page-prompt.tsx';
import { WaitingPanel } from './waiting-panel.tsx';

type Dialog = 'finish' | 'noShow' | 'suspend' | 'transfer' | 'pause' | 'callTicket';

/** The teller's working screen at one counter: the current customer, the actions, the lanes. */
export function CounterDesk({ counter }: { counter: CounterStaffView }) {
  const { t } = useTranslation('teller');
  const { message } = App.useApp();
  const ticket = useAppStore((s) =>
    counter.currentTicketId ? (s.floor.tickets[counter.currentTicketId] ?? null) : null,
  );
  const connected = useAppStore((s) => s.connection === 'connected' || s.connection === 'syncing');
  const emergency = useAppStore((s) => s.floor.emergency);
  const recallLimit = useAppStore((s) => s.floor.config?.policy.recallLimit ?? 0);
  const autoCallNext = useAppStore((s) => s.teller.autoCallNext);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const paged = usePagedVisit() !== null;

  const callNext = useCommand('counter:callNext', { showError: (r) => r.code !== 'QUEUE_EMPTY' });
  const callTicket = useCommand('counter:callTicket');
  const recall = useCommand('ticket:recall');
  const start = useCommand('ticket:start');
  const finish = useCommand('ticket:finish');
  const noShow = useCommand('ticket:markNoShow');
  const suspend = useCommand('ticket:suspend');
  const transfer = useCommand('ticket:transfer');
  const pause = useCommand('counter:pause');
  const resume = useCommand('counter:resume');

  const allowed = useMemo(
    () => allowedActions({ counter, ticket, recallLimit, connected, emergency: emergency.active }),
    [counter, ticket, recallLimit, connected, emergency.active],
  );
  const counterId = counter.id;

  const doCallNext = useCallback(async () => {
    const result = await callNext.run({ counterId });
    if (result?.ok) void message.success(t('action.called', { number: result.data.number }));
    else if (result && !result.ok && result.code === 'QUEUE_EMPTY') void message.info(t('action.queueEmpty'));
  }, [callNext, counterId, message, t]);

  const act: Record<TellerAction, () => void> = {
    callNext: () => void doCallNext(),
    recall: () => void recall.run({ counterId }),
    start: () => void start.run({ counterId }),
    noShow: () => setDialog('noShow'),
    finish: () => setDialog('finish'),
    suspend: () => setDialog('suspend'),
    transfer: () => setDialog('transfer'),
    pause: () => (counter.status === 'paused' ? void resume.run({ counterId }) : setDialog('pause')),
    callTicket: () => setDialog('callTicket'),
  };
  const busy: Record<TellerAction, boolean> = {
    callNext: callNext.busy,
    recall: recall.busy,
    start: start.busy,
    noShow: noShow.busy,
    finish: finish.busy,
    suspend: suspend.busy,
    transfer: transfer.busy,
    pause: pause.busy || resume.busy,
    callTicket: callTicket.busy,
  };

  const shortcuts: Record<string, () => void> = {};
  for (const action of Object.keys(ACTION_SHORTCUTS) as TellerAction[]) {
    shortcuts[ACTION_SHORTCUTS[action]] = () => {
      if (allowed[action] && !busy[action]) act[action]();
    };
  }
  useShortcuts(shortcuts, dialog === null && !paged);

  const onFinish = async (outcome: FinishOutcome, servedBusinessTypeIds: string[], reason: FinishReason | null) => {
    const result = await finish.run({ counterId, outcome, servedBusinessTypeIds, reason });
    if (!result?.ok) return;
    setDialog(null);
    if (autoCallNext) void doCallNext();
  };
  const onNoShow = async () => {
    const result = await noShow.run({ counterId });
    if (result?.ok) setDialog(null);
  };
  const onSuspend = async (missingMaterials: LocalizedText[], note: string) => {
    const result = await suspend.run({ counterId, missingMaterials, note });
    if (result?.ok) setDialog(null);
  };
  const onTransfer = async (to: TransferTarget, note: string) => {
    if (!ticket) return;
    const result = await transfer.run({ ticketId: ticket.id, to, note });
    if (result?.ok) {
      setDialog(null);
      void message.success(t('transfer.done', { number: ticket.number }));
    }
  };
  const onPause = async (reason: ManualPauseReason, note: string) => {
    const result = await pause.run({ counterId, reason, note });
    if (result?.ok) setDialog(null);
  };
  const onCallTicket = async (ticketId: string, reason: string) => {
    const result = await callTicket.run({ counterId, ticketId, reason });
    if (result?.ok) {
      setDialog(null);
      void message.success(t('action.called', { number: result.data.number }));
    }
  };

  return (
    <div className="counter-desk" data-testid="counter-desk">
      <CounterBar counter={counter} ticket={ticket} />
      {emergency.active && (
        <Alert
          type="error"
          showIcon
          banner
          title={t('counter.emergency', { message: emergency.message })}
          className="desk-alert"
        />
      )}
      <Row gutter={12} className="desk-main">
        <Col xs={24} lg={9}>
          <CurrentTicketCard ticket={ticket} counter={counter} />
        </Col>
        <Col xs={24} lg={6}>
          <WaitingPanel counter={counter} />
        </Col>
        <Col xs={24} lg={9}>
          <ActionPanel
            counter={counter}
            ticket={ticket}
            recallLimit={recallLimit}
            allowed={allowed}
            busy={busy}
            onAction={(a) => act[a]()}
          />
        </Col>
      </Row>
      {ticket && (
        <>
          <FinishModal
            open={dialog === 'finish'}
            ticket={ticket}
            counter={counter}
            busy={finish.busy}
            onSubmit={onFinish}
            onCancel={() => setDialog(null)}
          />
          <NoShowModal
            open={dialog === 'noShow'}
            ticket={ticket}
            busy={noShow.busy}
            onSubmit={() => void onNoShow()}
            onCancel={() => setDialog(null)}
          />
          <SuspendModal
            open={dialog === 'suspend'}
            ticket={ticket}
            busy={suspend.busy}
            onSubmit={onSuspend}
            onCancel={() => setDialog(null)}
          />
          <TransferModal
            open={dialog === 'transfer'}
            ticket={ticket}
            counter={counter}
            busy={transfer.busy}
            onSubmit={onTransfer}
            onCancel={() => setDialog(null)}
          />
        </>
      )}
      <PauseModal open={dialog === 'pause'} busy={pause.busy} onSubmit={onPause} onCancel={() => setDialog(null)} />
      <CallTicketModal
        open={dialog === 'callTicket'}
        counter={counter}
        busy={callTicket.busy}
        onSubmit={onCallTicket}
        onCancel={() => setDialog(null)}
      />
      <VipPagePrompt />
    </div>
  );
}
