import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_AVOID, resourceStrings, type UiLanguage } from '@lobby/shared';
import { STAFF_AREAS as AREAS } from '../test/i18n-areas.ts';

/** Every screen of the staff app names a state with the glossary's one word (issue 19 item 21). */
const LANGS: UiLanguage[] = ['zh', 'en'];

type Tree = Record<string, unknown>;
const at = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

describe('one word per state', () => {
  it.each(LANGS)('no area uses a synonym the glossary rules out (%s)', (lang) => {
    for (const [ns, area] of Object.entries(AREAS)) {
      for (const text of resourceStrings(area[lang]))
        for (const avoid of GLOSSARY_AVOID[lang]) expect(text, `${ns}: ${text}`).not.toContain(avoid);
    }
  });

  it.each(LANGS)('the teller and the lobby name counter and ticket states alike (%s)', (lang) => {
    const g = GLOSSARY[lang];
    const lobby = AREAS.lobby![lang];
    const teller = AREAS.teller![lang];
    expect(at(lobby, 'counters.state')).toEqual(g.counter);
    expect(at(lobby, 'tickets.status_')).toEqual(g.ticket);
    expect(at(lobby, 'tickets.outcome')).toEqual(g.outcome);
    expect(at(lobby, 'tickets.tabs.suspended')).toBe(g.ticket.suspended);
    expect(at(teller, 'state.idle')).toBe(g.counter.idle);
    expect(at(teller, 'state.serving')).toBe(g.ticket.serving);
    expect(at(teller, 'state.closed')).toBe(g.counter.closed);
    expect(at(teller, 'state.offline')).toBe(g.counter.offline);
    expect(String(at(teller, 'state.called'))).toContain(g.ticket.called);
    expect(String(at(teller, 'state.paused'))).toContain(g.counter.paused);
    expect(String(at(teller, 'state.away'))).toContain(g.counter.away);
    // The teller's button is the verb of the lobby's state (zh: the same word).
    if (lang === 'zh') expect(String(at(teller, 'action.suspend'))).toContain(g.ticket.suspended);
    expect(String(at(AREAS.evaluator![lang], 'closed')).toLowerCase()).toContain(g.counter.closed.toLowerCase());
  });
});
