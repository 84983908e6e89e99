import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { DevicesTable } from './devices-table.tsx';
import { StaffTable } from './staff-table.tsx';

/** Staff accounts and paired devices. */
export default function PeoplePage() {
  const { t } = useTranslation('admin');
  return (
    <div data-testid="people-page">
      <Card size="small" className="admin-card" title={t('staff.title')}>
        <StaffTable />
      </Card>
      <Card size="small" className="admin-card" title={t('devices.title')}>
        <DevicesTable />
      </Card>
    </div>
  );
}
