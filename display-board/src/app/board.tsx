import { useMemo } from 'react';
import type { BranchConfig } from '@lobby/shared';
import { useDisplay, useServerNow } from './display-context.ts';
import { buildSections, callsBySection } from '../layout/board-sections.ts';
import { HeaderBar } from '../components/header-bar.tsx';
import { NowCalling } from '../components/now-calling.tsx';
import { RecentCalls } from '../components/recent-calls.tsx';
import { SectionPanel } from '../components/section-panel.tsx';
import { NoticeTicker } from '../components/notice-ticker.tsx';
import { HallMessageBar } from '../components/hall-message-bar.tsx';

/** Calls listed under the big one: 10 in all, split over the sections shown. */
const RECENT_TOTAL = 10;

/** The normal 1920×1080 board. */
export function Board({ config }: { config: BranchConfig }) {
  const counters = useDisplay((s) => s.floor.counters);
  const lanes = useDisplay((s) => s.floor.lanes);
  const calls = useDisplay((s) => s.floor.calls);
  const filter = useDisplay((s) => s.lanesFilter);
  const language = useDisplay((s) => s.language);
  const message = useDisplay((s) => s.floor.lastMessage);
  const now = useServerNow();

  const sections = useMemo(() => buildSections(config, counters, lanes, filter), [config, counters, lanes, filter]);
  const split = useMemo(() => callsBySection(config, calls, filter), [config, calls, filter]);
  const latest = useMemo(() => {
    const all = [...split.personal, ...split.business];
    return all.reduce<(typeof all)[number] | null>((best, c) => (best === null || c.at > best.at ? c : best), null);
  }, [split]);
  const columns = sections.map((s) => ({ kind: s.kind, calls: split[s.kind] }));
  // The newest call is already shown big; the lists carry the ones before it.
  const history = columns.map((c) => ({ ...c, calls: c.calls.filter((x) => x !== latest) }));

  return (
    <div className="board" data-testid="board">
      <HeaderBar />
      <main className="board-main">
        <div className="board-left">
          <NowCalling call={latest} />
          <RecentCalls bySection={history} perColumn={Math.floor(RECENT_TOTAL / Math.max(1, history.length))} />
        </div>
        <div className="board-right">
          {sections.map((s) => (
            <SectionPanel key={s.kind} section={s} language={language} />
          ))}
        </div>
      </main>
      {/* A fresh hall message takes the notices' place so the board never loses height. */}
      <HallMessageBar message={message} now={now} fallback={<NoticeTicker config={config} language={language} />} />
    </div>
  );
}
