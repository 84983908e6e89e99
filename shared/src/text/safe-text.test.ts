import { describe, expect, it } from 'vitest';
import { safeText } from './safe-text.ts';

const required = safeText({ min: 1, max: 20 });
const note = safeText({ max: 40, multiline: true });
const refusal = (r: ReturnType<typeof required.safeParse>) => (r.success ? null : r.error.issues[0]?.message);

describe('safeText', () => {
  it('normalises to NFC and trims spaces and invisible characters at the ends', () => {
    expect(required.parse('Cafe\u0301')).toBe('Caf\u00e9');
    expect(required.parse('\u200B\uFEFF 请到3号窗口 \u3000\u2060')).toBe('请到3号窗口');
    // Inside the text a zero-width joiner is part of an emoji: kept.
    expect(required.parse('谢谢👨\u200D👩\u200D👧')).toBe('谢谢👨\u200D👩\u200D👧');
  });

  it('refuses text that is empty once invisible characters are trimmed', () => {
    for (const blank of ['', '   ', '\u200B', '\u200B\u200C\u200D\uFEFF', '\u3000\u2060\u00AD', '\u3164\u2800'])
      expect(refusal(required.safeParse(blank)), JSON.stringify(blank)).toBe('empty');
    expect(safeText({ max: 10 }).parse('\u200B')).toBe('');
  });

  it('refuses control characters, bidirectional controls and lone surrogates', () => {
    for (const c of ['\u0000', '\u001B[2J', '\u0007', '\u007F', '\u0085', '\n', '\t'])
      expect(refusal(required.safeParse(`a${c}b`)), JSON.stringify(c)).toBe('control character');
    for (const c of ['\u202E', '\u202A', '\u202D', '\u2066', '\u2069', '\u200F', '\u061C'])
      expect(refusal(required.safeParse(`a${c}b`)), JSON.stringify(c)).toBe('bidirectional control character');
    for (const s of ['\uD800', 'a\uDC00b', '\uDBFF'])
      expect(refusal(note.safeParse(s)), JSON.stringify(s)).toBe('lone surrogate');
    // A surrogate pair is one character, not a lone surrogate.
    expect(required.parse('𠀀')).toBe('𠀀');
  });

  it('a multi-line text keeps its line breaks and tabs, as \\n', () => {
    expect(note.parse('第一行\r\n第二行\r第三行\t完')).toBe('第一行\n第二行\n第三行\t完');
    expect(refusal(note.safeParse('a\u0000b'))).toBe('control character');
  });

  it('counts the limit on the cleaned text', () => {
    expect(required.parse(`${'字'.repeat(20)}\u200B\u200B`)).toHaveLength(20);
    expect(required.safeParse('字'.repeat(21)).success).toBe(false);
  });
});
