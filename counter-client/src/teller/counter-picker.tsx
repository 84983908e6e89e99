import { useState } from 'react';
import { Alert, Button, Card, Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { CounterStaffView } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useCommand } from '../realtime/use-command.ts';
import { useLabels } from '../ui/use-labels.ts';

/** Sign on to a counter. A counter held by someone else is refused with the way out (lobby release). */
export function CounterPicker() {
  const { t } = useTranslation('teller');
  const labels = useLabels();
  const counters = useAppStore(useShallow((s) => Object.values(s.floor.counters).sort((a, b) => a.number - b.number)));
  const [held, setHeld] = useState<{ counterId: string; name: string } | null>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const signOn = useCommand('counter:signOn', { showError: (r) => r.code !== 'COUNTER_HELD' });

  const pick = async (counter: CounterStaffView) => {
    setHeld(null);
    setPendingId(counter.id);
    const result = await signOn.run({ counterId: counter.id });
    setPendingId(null);
    if (result && !result.ok && result.code === 'COUNTER_HELD') {
      setHeld({ counterId: counter.id, name: result.message ?? counter.tellerName ?? '' });
    }
  };

  return (
    <div className="counter-picker">
      <Typography.Title level={3}>{t('pick.title')}</Typography.Title>
      {held && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setHeld(null)}
          title={t('pick.heldTitle', { counter: labels.counter(held.counterId) })}
          description={t('pick.heldHint', { name: held.name })}
          style={{ marginBottom: 16 }}
          data-testid="counter-held"
        />
      )}
      <Row gutter={[16, 16]}>
        {counters.map((c) => (
          <Col key={c.id} xs={24} sm={12} md={8} lg={6}>
            <Card
              className="counter-pick-card"
              title={labels.text(c.name)}
              extra={
                c.tellerId ? (
                  <Tag color="orange">{t('pick.heldBy', { name: c.tellerName ?? '' })}</Tag>
                ) : (
                  <Tag color="green">{t('pick.free')}</Tag>
                )
              }
            >
              <p>{t('pick.lanes', { lanes: c.laneIds.map((id) => labels.laneShort(id)).join(' / ') })}</p>
              <Button
                type={c.tellerId ? 'default' : 'primary'}
                block
                size="large"
                loading={signOn.busy && pendingId === c.id}
                onClick={() => void pick(c)}
                data-testid={`sign-on-${c.id}`}
              >
                {t('pick.signOn')}
              </Button>
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
