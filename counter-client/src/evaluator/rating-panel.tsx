import { useEffect, useRef, useState } from 'react';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';
import { useCommand } from '../realtime/use-command.ts';
import { errorMessage } from '../realtime/error-messages.ts';
import type { RatingPrompt } from './evaluator-data.ts';
import { promptSecondsLeft, RATING_TIMEOUT_MS } from './rating-timeout.ts';

const SCORES = [1, 2, 3, 4, 5] as const;
/** 非常不满意 / 不满意: the scores after which the customer may say why. */
const LOW_SCORE = 2;

interface Props {
  prompt: RatingPrompt;
  /** rated = true shows the thank-you; false (timeout, skip) goes straight back to idle. */
  onDone: (rated: boolean) => void;
}

/** 服务态度 and 办理效率, 1–5 each; unanswered after the timeout = unrated (nothing is sent). */
export function RatingPanel({ prompt, onDone }: Props) {
  const { t, i18n } = useTranslation(['evaluator', 'errors']);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [attitude, setAttitude] = useState<number | null>(null);
  const [efficiency, setEfficiency] = useState<number | null>(null);
  const [reasons, setReasons] = useState<string[]>([]);
  const options = useAppStore((s) => s.evaluator.config?.ratingReasons ?? []);
  const low = (attitude !== null && attitude <= LOW_SCORE) || (efficiency !== null && efficiency <= LOW_SCORE);
  const toggle = (id: string) => setReasons((r) => (r.includes(id) ? r.filter((x) => x !== id) : [...r, id]));
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string | null>(null);
  const submit = useCommand('rating:submit', { showError: () => false });
  const secondsLeft = promptSecondsLeft(prompt, now);
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    const timeout = setTimeout(
      () => done.current(false),
      Math.max(0, prompt.openedAt + RATING_TIMEOUT_MS - Date.now()),
    );
    return () => {
      clearInterval(timer);
      clearTimeout(timeout);
    };
  }, [prompt]);

  const send = async () => {
    if (attitude === null || efficiency === null) return;
    const result = await submit.run({
      ticketId: prompt.ticketId,
      attitude,
      efficiency,
      reasons: low ? reasons : [],
    });
    if (!result) return;
    // Already rated counts as done: the customer's answer is on record either way.
    if (result.ok || result.code === 'ALREADY_RATED') onDone(true);
    else setError(errorMessage(t, result.code));
  };

  return (
    <div className="rating-panel" data-testid="rating-panel" data-ticket-id={prompt.ticketId}>
      <h1 className="rating-title">{t('ratePrompt')}</h1>
      <div className="rating-ticket">{t('ticket', { number: prompt.number })}</div>
      {prompt.servedBy && (
        <div className="evaluator-teller rating-teller" data-testid="rating-teller">
          {t('teller', { name: prompt.servedBy.name, staffNo: prompt.servedBy.staffNo })}
        </div>
      )}
      <ScoreRow label={t('attitude')} value={attitude} onChange={setAttitude} testId="attitude" />
      <ScoreRow label={t('efficiency')} value={efficiency} onChange={setEfficiency} testId="efficiency" />
      {low && options.length > 0 && (
        <div className="rating-reasons" data-testid="rating-reasons">
          <div className="score-label">{t('reasonsTitle')}</div>
          <div className="rating-reason-buttons">
            {options.map((o) => (
              <button
                key={o.id}
                type="button"
                className={`rating-reason${reasons.includes(o.id) ? ' selected' : ''}`}
                aria-pressed={reasons.includes(o.id)}
                onClick={() => toggle(o.id)}
                data-testid={`rating-reason-${o.id}`}
              >
                {pickText(o.name, lang)}
              </button>
            ))}
          </div>
        </div>
      )}
      {error && <Alert type="error" showIcon title={error} className="rating-error" />}
      <div className="rating-actions">
        <Button size="large" onClick={() => onDone(false)} className="rating-skip">
          {t('skip')}
        </Button>
        <Button
          type="primary"
          size="large"
          disabled={attitude === null || efficiency === null}
          loading={submit.busy}
          onClick={() => void send()}
          className="rating-submit"
          data-testid="rating-submit"
        >
          {t('submit')}
        </Button>
      </div>
      <div className="rating-countdown">{t('countdown', { seconds: secondsLeft })}</div>
    </div>
  );
}

function ScoreRow({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: number | null;
  onChange: (v: number) => void;
  testId: string;
}) {
  const { t } = useTranslation('evaluator');
  return (
    <div className="score-row" data-testid={`score-${testId}`}>
      <div className="score-label">{label}</div>
      <div className="score-buttons">
        {SCORES.map((score) => (
          <button
            key={score}
            type="button"
            className={`score-button${value === score ? ' selected' : ''}`}
            aria-pressed={value === score}
            onClick={() => onChange(score)}
            data-testid={`score-${testId}-${score}`}
          >
            <span className="score-value">{score}</span>
            <span className="score-text">{t(`score.${score}`)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
