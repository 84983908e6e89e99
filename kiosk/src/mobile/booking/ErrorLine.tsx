import { useTranslation } from 'react-i18next';
import type { CallFailure } from '@lobby/shared';

/** A refused request in the customer's words (the closed error codes have texts in both languages). */
export function ErrorLine({ code }: { code: CallFailure['code'] }) {
  const { t } = useTranslation();
  return (
    <p className="m-error" role="alert" data-testid="booking-error" data-code={code}>
      {t(`errors.${code === 'CLIENT_OFFLINE' ? 'UNREACHABLE' : code}`)}
    </p>
  );
}
