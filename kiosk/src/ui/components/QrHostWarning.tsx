import { useTranslation } from 'react-i18next';
import { useActions, useKiosk } from '../kiosk-context.tsx';

/**
 * For staff, in a corner of the welcome screen: the kiosk page's address is one no phone can
 * open (loopback) and the branch set no public mobile address, so tickets carry no QR code.
 */
export function QrHostWarning() {
  const { t } = useTranslation();
  const actions = useActions();
  // Re-render when the configured address changes; the answer itself comes from the actions.
  useKiosk((s) => s.config?.branch.mobileBaseUrl);
  const configured = useKiosk((s) => s.config !== null);
  if (!configured || actions.qrBase() !== null) return null;
  return (
    <p className="qr-host-warning" role="status" data-testid="qr-host-warning">
      {t('staff.qrHost', { host: window.location.host })}
    </p>
  );
}
