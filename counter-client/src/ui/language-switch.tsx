import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Switches zh ⇄ en; AppRoot follows i18next's languageChanged (antd locale, dayjs, saved choice). */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation('common');
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      onClick={() => void i18n.changeLanguage(i18n.language === 'en' ? 'zh' : 'en')}
      className={className}
      data-testid="language-switch"
    >
      {t('language')}
    </Button>
  );
}
