import { useTranslation } from 'react-i18next';
import { splitDuration } from './floor-view.ts';
import { useServerNow } from './server-now.tsx';

/** Time since `since`, live: "12 分 5 秒" / "12 min 5 s"; under a minute only seconds. */
export function DurationText({ since }: { since: number }) {
  const { t } = useTranslation('lobby');
  const { min, sec } = splitDuration(useServerNow() - since);
  return (
    <span className="lobby-duration">{min === 0 ? t('seconds', { count: sec }) : t('duration', { min, sec })}</span>
  );
}

export function ServerClock({ format }: { format: (now: number) => string }) {
  return <>{format(useServerNow())}</>;
}
