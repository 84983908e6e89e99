import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BOOKING_ROUTES, callRoute, type BookingStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { errorMessage } from '../realtime/error-messages.ts';
import { useServerNow } from '../ui/use-server-now.ts';
import { useLabels } from '../ui/use-labels.ts';
import { newRequestId } from '@lobby/shared/realtime-client';
import { useLobbyCommand } from './use-lobby-command.ts';
import {
  bookingStanding,
  canCheckIn,
  mergeBookings,
  standingCounts,
  type BookingStanding,
} from './booking-standing.ts';
import { useBranchTime } from '../ui/use-branch-time.ts';

const STANDING_COLOR: Record<BookingStanding, string> = {
  expected: 'default',
  due: 'blue',
  late: 'orange',
  no_show: 'red',
  checked_in: 'green',
  cancelled: 'default',
};

/** The date's bookings, loaded after every snapshot; the events since keep them current. */
function useTodaysBookings(): { rows: BookingStaffView[]; failed: boolean } {
  const { t } = useTranslation('lobby');
  const { message } = App.useApp();
  const token = useAppStore((s) => s.session?.token ?? '');
  const date = useAppStore((s) => s.floor.businessDate);
  const since = useAppStore((s) => s.floor.bookingsSince);
  const live = useAppStore((s) => s.floor.bookings);
  const [fetched, setFetched] = useState<BookingStaffView[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!date) return;
    let stale = false;
    void callRoute(BOOKING_ROUTES.today, { query: { date } }, { token }).then((r) => {
      if (stale) return;
      setFailed(!r.ok);
      if (r.ok) setFetched(r.data);
      else void message.error({ content: errorMessage(t, r.code), key: 'bookings-load' });
    });
    return () => {
      stale = true;
    };
  }, [date, since, token, t, message]);
  const rows = useMemo(() => mergeBookings(fetched, live, date), [fetched, live, date]);
  return { rows, failed };
}

/** 今日预约: who is expected when, who is late or did not come, and check-in for a customer at the desk. */
export function BookingsPanel() {
  const { t } = useTranslation('lobby');
  const fmt = useBranchTime();
  const labels = useLabels();
  const now = useServerNow(5000);
  const appointments = useAppStore((s) => s.floor.config?.appointments ?? null);
  const run = useLobbyCommand();
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ late: boolean; number: string } | null>(null);
  const { rows, failed } = useTodaysBookings();
  if (!appointments) return null;
  const standings = rows.map((b) => bookingStanding(b, appointments, now));
  const counts = standingCounts(standings);
  const checkIn = async (b: BookingStaffView) => {
    setBusy(b.id);
    const done = await run('booking:checkIn', { requestId: newRequestId(), bookingId: b.id }, { success: false });
    setBusy(null);
    if (!done) return;
    setNotice({ late: done.punctuality === 'late', number: done.issued.ticket.number });
  };
  return (
    <Card size="small" title={t('bookings.title', { count: rows.length })} data-testid="bookings-panel">
      <Space size={4} wrap className="lobby-bookings-counts" data-testid="bookings-counts">
        {(['expected', 'due', 'checked_in', 'late', 'no_show'] as const).map((k) => (
          <Tag key={k} color={STANDING_COLOR[k]} data-testid={`bookings-count-${k}`}>
            {t(`bookings.standing.${k}`)} {counts[k]}
          </Tag>
        ))}
      </Space>
      {notice && (
        <Typography.Paragraph
          type={notice.late ? 'warning' : 'success'}
          strong
          className="lobby-bookings-notice"
          data-testid="bookings-notice"
        >
          {t(notice.late ? 'bookings.checkedInLate' : 'bookings.checkedIn', { number: notice.number })}
        </Typography.Paragraph>
      )}
      {rows.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={failed ? t('bookings.loadFailed') : t('bookings.none')}
        />
      ) : (
        <div className="lobby-stack">
          {rows.map((b, i) => {
            const standing = standings[i]!;
            return (
              <div key={b.id} className="lobby-booking" data-testid={`booking-${b.code}`} data-standing={standing}>
                <Space size={6} wrap>
                  <Typography.Text strong>
                    {fmt(b.slotStart, 'HH:mm')}–{fmt(b.slotEnd, 'HH:mm')}
                  </Typography.Text>
                  <span>{labels.businessType(b.businessTypeId)}</span>
                  <Typography.Text type="secondary">
                    {t('bookings.code', { code: b.code })}
                    {b.phoneTail ? ` · ${t('bookings.tail', { tail: b.phoneTail })}` : ''}
                  </Typography.Text>
                  <Tag color={STANDING_COLOR[standing]} data-testid={`booking-standing-${b.code}`}>
                    {standing === 'checked_in' && b.punctuality === 'late'
                      ? t('bookings.standing.checkedInLate')
                      : t(`bookings.standing.${standing}`)}
                  </Tag>
                  {canCheckIn(standing) && (
                    <Button
                      size="small"
                      type={standing === 'due' ? 'primary' : 'default'}
                      loading={busy === b.id}
                      onClick={() => void checkIn(b)}
                      data-testid={`booking-check-in-${b.code}`}
                    >
                      {standing === 'due' ? t('bookings.checkIn') : t('bookings.checkInWalkIn')}
                    </Button>
                  )}
                </Space>
              </div>
            );
          })}
        </div>
      )}
    </Card>
  );
}
