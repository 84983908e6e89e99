import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_AVOID, resourceStrings, type UiLanguage } from '@lobby/shared';
import { RESOURCES } from './resources.ts';

/**
 * The hall display's counter states are the glossary's (issue 19 items 6 and 21): a closed
 * counter is 未开放 / Not open, a paused one 暂停服务 / Paused — three states (with the
 * number), three words, in both languages.
 */
describe.each(['zh', 'en'] as UiLanguage[])('display words (%s)', (lang) => {
  const words = RESOURCES[lang].translation;
  it('closed, paused and a lane not issuing are the glossary words, and differ', () => {
    expect(words.counter.closed).toBe(GLOSSARY[lang].counter.closed);
    expect(words.counter.paused).toBe(GLOSSARY[lang].counter.paused);
    expect(words.counter.closed).not.toBe(words.counter.paused);
    expect(words.lane.paused).toBe(GLOSSARY[lang].lane.paused);
  });
  it('uses no synonym the glossary rules out', () => {
    for (const text of resourceStrings(words))
      for (const avoid of GLOSSARY_AVOID[lang]) expect(text).not.toContain(avoid);
  });
});
