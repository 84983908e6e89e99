import { useTranslation } from 'react-i18next';

export function PairingScreen({ revoked }: { revoked: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="pairing" data-testid="pairing">
      <div className="pairing-title">{revoked ? t('pairing.revoked') : t('pairing.unpaired')}</div>
      <div className="pairing-hint">{t('pairing.unpairedHint')}</div>
    </div>
  );
}
