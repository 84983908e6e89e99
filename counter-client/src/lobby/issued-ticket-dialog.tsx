import { createPortal } from 'react-dom';
import { Alert, Button, Modal, QRCode, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { mobileTicketUrl, ticketQrBase, waitWording, type IssuedTicket } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useBranchTime } from '../ui/use-branch-time.ts';
import { useLocalized } from './use-localized.ts';

/**
 * What the lobby manager hands a customer after 代客取号 (19.15): the number large enough to
 * read off the tablet, the ticket's QR code to scan with a phone (the live page with its
 * place, estimate and reminders), and a printed ticket from the lobby's own printer.
 * The QR takes the branch's public mobile address, never one no phone can open.
 */
export function IssuedTicketDialog({ issued, onClose }: { issued: IssuedTicket | null; onClose: () => void }) {
  const { t } = useTranslation('lobby');
  const text = useLocalized();
  const fmt = useBranchTime();
  const config = useAppStore((s) => s.floor.config);
  if (!issued || !config) return null;

  const base = ticketQrBase(config.branch.mobileBaseUrl, window.location.origin);
  const url = base === null ? null : mobileTicketUrl(issued.mobilePath, base, '');
  const lane = config.lanes.find((l) => l.id === issued.laneId);
  const business = config.businessTypes.find((b) => b.id === issued.businessTypeId);
  const service = `${lane ? text(lane.name) : issued.laneId} · ${business ? text(business.name) : issued.businessTypeId}`;
  const wait = waitWording(issued.estimate);
  const waitLine =
    wait.kind === 'estimate'
      ? t('issue.estimate', { minutes: wait.minutes, low: wait.low, high: wait.high })
      : wait.kind === 'aboutNow'
        ? t('issue.aboutNow')
        : null;
  const ahead = issued.ahead === null ? null : t('issue.ahead', { count: issued.ahead });

  // The same facts on the screen and on paper; test ids only on the screen's copy.
  const facts = (onScreen: boolean) => (
    <>
      <div className="lobby-issued-number" data-testid={onScreen ? 'issued-number' : undefined}>
        {issued.ticket.number}
      </div>
      <div className="lobby-issued-service">{service}</div>
      {ahead ? <div data-testid={onScreen ? 'issued-ahead' : undefined}>{ahead}</div> : null}
      {waitLine ? <div data-testid={onScreen ? 'issued-wait' : undefined}>{waitLine}</div> : null}
    </>
  );

  return (
    <Modal
      open
      title={t('issue.issuedTitle')}
      onCancel={onClose}
      width={440}
      footer={[
        <Button key="print" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="issued-print">
          {t('issue.print')}
        </Button>,
        <Button key="done" type="primary" onClick={onClose} data-testid="issued-done" autoFocus>
          {t('issue.done')}
        </Button>,
      ]}
    >
      <div className="lobby-issued" data-testid="issued-ticket">
        {facts(true)}
        {url ? (
          <div className="lobby-issued-qr">
            <QRCode value={url} size={200} bordered={false} data-testid="issued-qr" data-url={url} />
            <Typography.Text type="secondary">{t('issue.scanHint')}</Typography.Text>
          </div>
        ) : (
          <Alert type="warning" showIcon message={t('issue.noQr')} data-testid="issued-no-qr" />
        )}
      </div>
      {createPortal(
        // Only this is printed (lobby.css hides the rest of the page in print media).
        <div className="lobby-print-ticket" data-testid="lobby-print-ticket">
          <div className="lobby-print-branch">{text(config.branch.name)}</div>
          {facts(false)}
          {url ? <QRCode value={url} size={180} type="svg" bordered={false} /> : null}
          <div className="lobby-print-meta">
            {t('issue.issuedAt', { time: fmt(issued.issuedAt, 'YYYY-MM-DD HH:mm') })}
          </div>
          {url ? <div className="lobby-print-meta">{t('issue.scanOwn')}</div> : null}
        </div>,
        document.body,
      )}
    </Modal>
  );
}
