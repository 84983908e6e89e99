import { useEffect, useState } from 'react';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../store/app-store.ts';
import {
  browserPairingPlace,
  forgetDeviceToken,
  takeDeviceToken,
  type SendCommand,
} from '@lobby/shared/realtime-client';
import { SendCommandContext } from '../realtime/realtime-context.tsx';
import { connectEvaluatorRealtime } from './evaluator-socket.ts';
import { EvaluatorScreen } from './evaluator-screen.tsx';

/** /counter/rate: the customer-facing tablet, paired like a device (no staff sign-in). */
export default function EvaluatorApp() {
  const { t } = useTranslation('evaluator');
  const store = useAppStoreApi();
  const [token] = useState(() => takeDeviceToken('evaluator', browserPairingPlace()));
  const [revoked, setRevoked] = useState(false);
  const [send, setSend] = useState<SendCommand | null>(null);

  useEffect(() => {
    if (!token || revoked) return;
    const connection = connectEvaluatorRealtime(store, token, () => {
      forgetDeviceToken('evaluator', window.localStorage);
      setRevoked(true);
    });
    setSend(() => connection.sendCommand);
    return () => {
      connection.close();
      store.getState().resetEvaluator();
      setSend(null);
    };
  }, [store, token, revoked]);

  if (revoked)
    return (
      <Result status="warning" title={t('revoked')} className="evaluator-message" data-testid="evaluator-revoked" />
    );
  if (!token)
    return (
      <Result
        status="info"
        title={t('notPaired')}
        subTitle={t('notPairedHint')}
        className="evaluator-message"
        data-testid="evaluator-unpaired"
      />
    );
  if (!send) return <Spin size="large" className="page-spin" />;
  return (
    <SendCommandContext.Provider value={send}>
      <EvaluatorScreen />
    </SendCommandContext.Provider>
  );
}
