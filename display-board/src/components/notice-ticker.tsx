import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText, type BranchConfig, type UiLanguage } from '@lobby/shared';

const ROTATE_MS = 8000;

/** Business hours, the one-metre line and the hotline first, then the admin's notices. */
export function noticeTexts(
  config: BranchConfig,
  language: UiLanguage,
  t: (key: string, vars?: Record<string, string>) => string,
): string[] {
  const h = config.hours;
  const texts = [t('notice.hours', { open: h.open, close: h.close, last: h.lastTicket })];
  if (h.lunch) texts.push(t('notice.lunch', { start: h.lunch.start, end: h.lunch.end }));
  texts.push(t('notice.oneMetre'));
  if (config.branch.hotline) texts.push(t('notice.hotline', { hotline: config.branch.hotline }));
  for (const n of config.notices) if (n.enabled) texts.push(pickText(n.text, language));
  return texts;
}

export function NoticeTicker({ config, language }: { config: BranchConfig; language: UiLanguage }) {
  const { t } = useTranslation();
  const texts = useMemo(() => noticeTexts(config, language, t), [config, language, t]);
  const [index, setIndex] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setIndex((i) => i + 1), ROTATE_MS);
    return () => clearInterval(id);
  }, []);
  if (texts.length === 0) return null;
  const current = texts[index % texts.length];
  return (
    <footer className="notices" data-testid="notices">
      <span className="notice-dots">
        {texts.map((_, i) => (
          <i key={i} className={i === index % texts.length ? 'dot dot-on' : 'dot'} />
        ))}
      </span>
      <span className="notice-text" key={index}>
        {current}
      </span>
    </footer>
  );
}
