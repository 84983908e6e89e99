import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OtherSignIn } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useBranchTime } from '../ui/use-branch-time.ts';

/**
 * The same account is signed in on another PC: shown on both screens (the new one lists the
 * earlier sign-ins, the earlier ones are told of the new one), until dismissed.
 */
export function SignInElsewhereBanner() {
  const { t } = useTranslation('common');
  const fmt = useBranchTime();
  const elsewhere = useAppStore((s) => s.signInElsewhere);
  const dismiss = useAppStore((s) => s.dismissSignInElsewhere);
  if (!elsewhere) return null;
  const item = (o: OtherSignIn) => {
    const address = o.address ?? t('elsewhere.unknownAddress');
    const at = fmt(o.at, 'HH:mm');
    return elsewhere.when === 'later'
      ? t('elsewhere.itemNow', { at, address })
      : t('elsewhere.item', { at, address, lastSeen: fmt(o.lastSeenAt, 'HH:mm') });
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
