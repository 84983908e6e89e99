import { describe, expect, it } from 'vitest';
import {
  allClipIds,
  callDisplayText,
  callTokens,
  cardinalClips,
  parseTicketNumber,
  tokensToClips,
  tokensToText,
} from './call-announcement.ts';

describe('callTokens', () => {
  it('reads the prefix letter, each digit, then the counter number', () => {
    const tokens = callTokens('A023', 3);
    expect(tokens).not.toBeNull();
    expect(tokensToText(tokens!)).toBe('请 A 零 二 三 号 到 3 号窗口');
    expect(tokensToClips(tokens!)).toEqual([
      'qing',
      'letter-a',
      'digit-0',
      'digit-2',
      'digit-3',
      'hao',
      'dao',
      'digit-3',
      'hao-chuangkou',
    ]);
  });

  it('reads two-letter prefixes letter by letter and keeps leading zeros', () => {
    expect(tokensToText(callTokens('VK001', 8)!)).toBe('请 V K 零 零 一 号 到 8 号窗口');
  });

  it('says a two-digit counter as a cardinal in the clips', () => {
    expect(tokensToClips(callTokens('B100', 12)!).slice(-3)).toEqual(['shi', 'digit-2', 'hao-chuangkou']);
  });

  it('refuses what is not a ticket number or a counter number', () => {
    expect(callTokens('hello', 3)).toBeNull();
    expect(callTokens('A01', 0)).toBeNull();
    expect(callTokens('A01', 1000)).toBeNull();
  });

  it('only names clips that the generator renders', () => {
    const known = new Set(allClipIds());
    for (const n of ['A001', 'Z999', 'QW5', 'B0420']) {
      for (let counter = 1; counter <= 999; counter += 7) {
        for (const clip of tokensToClips(callTokens(n, counter)!)) expect(known.has(clip)).toBe(true);
      }
    }
  });
});

describe('cardinalClips', () => {
  const words = (n: number) =>
    cardinalClips(n)
      .map((c) => (c === 'shi' ? '十' : c === 'bai' ? '百' : '零一二三四五六七八九'[Number(c.slice(6))]))
      .join('');
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [23, '二十三'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [999, '九百九十九'],
  ])('%i → %s', (n, expected) => {
    expect(words(n)).toBe(expected);
  });
});

describe('parseTicketNumber / callDisplayText', () => {
  it('splits prefix and digits', () => {
    expect(parseTicketNumber('A023')).toEqual({ prefix: 'A', digits: '023' });
  });
  it('prints the call with the number whole', () => {
    expect(callDisplayText('A023', 3)).toBe('请 A023 号 到 3 号窗口');
  });
});
