import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown by an area whose real page has not been delivered yet. */
export function AreaPlaceholder({ title }: { title: string }) {
  const { t } = useTranslation('common');
  return <Result status="info" title={title} subTitle={t('placeholder')} />;
}
