import { Alert } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OtherSignIn } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';

/**
 * The same account is signed in on another PC: shown on both screens (the new one lists the
 * earlier sign-ins, the earlier ones are told of the new one), until dismissed.
 */
export function SignInElsewhereBanner() {
  const { t } = useTranslation('common');
  const elsewhere = useAppStore((s) => s.signInElsewhere);
  const dismiss = useAppStore((s) => s.dismissSignInElsewhere);
  if (!elsewhere) return null;
  const item = (o: OtherSignIn) => {
    const address = o.address ?? t('elsewhere.unknownAddress');
    const at = dayjs(o.at).format('HH:mm');
    return elsewhere.when === 'later'
      ? t('elsewhere.itemNow', { at, address })
      : t('elsewhere.item', { at, address, lastSeen: dayjs(o.lastSeenAt).format('HH:mm') });
  };
  return (
    <Alert
      type="warning"
      showIcon
      banner
      closable={{ onClose: dismiss }}
      title={t(`elsewhere.${elsewhere.when}`, {
        list: elsewhere.signIns.map(item).join(t('elsewhere.separator')),
      })}
      data-testid="signed-in-elsewhere"
    />
  );
}
