import { useEffect, useState } from 'react';
import { Result, Spin } from 'antd';
import { SmileOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { pickText } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { ConnectionIndicator } from '../ui/connection-indicator.tsx';
import { RatingPanel } from './rating-panel.tsx';
import { LanguageSwitch } from '../ui/language-switch.tsx';

/** How long the thank-you stays before the tablet goes back to its idle screen. */
const THANKS_MS = 6_000;

/** Idle → (finish at this counter) → rating → thank-you → idle. */
export function EvaluatorScreen() {
  const { t, i18n } = useTranslation('evaluator');
  const counterId = useAppStore((s) => s.evaluator.counterId);
  const counter = useAppStore((s) =>
    s.evaluator.counterId ? (s.evaluator.counters[s.evaluator.counterId] ?? null) : null,
  );
  const teller = useAppStore((s) => s.evaluator.teller);
  const ready = useAppStore((s) => s.evaluator.config !== null);
  const prompt = useAppStore((s) => s.evaluator.prompt);
  const connection = useAppStore((s) => s.evaluator.connection);
  const branchName = useAppStore((s) => s.evaluator.config?.branch.name ?? null);
  const closePrompt = useAppStore((s) => s.closeRatingPrompt);
  const [thanks, setThanks] = useState(false);
  const lang = i18n.language === 'en' ? 'en' : 'zh';

  useEffect(() => {
    if (!thanks) return;
    const timer = setTimeout(() => setThanks(false), THANKS_MS);
    return () => clearTimeout(timer);
  }, [thanks]);

  if (!ready) return <Spin size="large" className="page-spin" />;
  if (!counterId) return <Result status="warning" title={t('notBound')} className="evaluator-message" />;

  let body;
  if (thanks) {
    body = (
      <Result
        icon={<SmileOutlined />}
        title={t('thanks')}
        subTitle={t('thanksSub')}
        className="evaluator-thanks"
        data-testid="evaluator-thanks"
      />
    );
  } else if (prompt) {
    body = (
      <RatingPanel
        prompt={prompt}
        onDone={(rated) => {
          closePrompt();
          setThanks(rated);
        }}
      />
    );
  } else {
    const status = counter?.status ?? 'closed';
    body = (
      <div className="evaluator-idle" data-testid="evaluator-idle">
        <div className="evaluator-welcome">
          {status === 'open' && counter?.currentNumber ? t('serving') : t('welcome')}
        </div>
        {counter?.currentNumber && status !== 'closed' && (
          <div className="evaluator-number" data-testid="evaluator-number">
            {counter.currentNumber}
          </div>
        )}
        {teller && status !== 'closed' && (
          <div className="evaluator-teller" data-testid="evaluator-teller">
            {t('teller', { name: teller.name, staffNo: teller.staffNo })}
          </div>
        )}
        <div className="evaluator-hint">
          {status === 'closed'
            ? t('closed')
            : status === 'paused'
              ? t('paused')
              : counter?.currentNumber
                ? ''
                : t('idle')}
        </div>
      </div>
    );
  }

  return (
    <div className="evaluator" data-testid="evaluator">
      <header className="evaluator-header">
        <span className="evaluator-counter" data-testid="evaluator-counter">
          {counter ? pickText(counter.name, lang) : ''}
        </span>
        <span className="evaluator-branch">{branchName ? pickText(branchName, lang) : ''}</span>
        <ConnectionIndicator state={connection} lastUpdateAt={null} />
        <LanguageSwitch className="evaluator-language" />
      </header>
      <main className="evaluator-body">{body}</main>
    </div>
  );
}
