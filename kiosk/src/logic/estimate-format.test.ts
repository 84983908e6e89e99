import { describe, expect, it } from 'vitest';
import { estimateText } from './estimate-format.ts';
import { createI18n } from '../i18n/create-i18n.ts';

describe('estimateText', () => {
  it('says when there is no estimate', () => {
    expect(estimateText(null)).toEqual({ key: 'estimate.unknown', params: {} });
  });

  it('gives a range, a single figure, or "soon"', () => {
    expect(estimateText({ lowMin: 10, highMin: 15 })).toEqual({ key: 'estimate.range', params: { low: 10, high: 15 } });
    expect(estimateText({ lowMin: 4.6, highMin: 5.2 })).toEqual({ key: 'estimate.about', params: { minutes: 5 } });
    expect(estimateText({ lowMin: 0, highMin: 0.3 })).toEqual({ key: 'estimate.soon', params: {} });
    expect(estimateText({ lowMin: 15, highMin: 10 })).toEqual({ key: 'estimate.range', params: { low: 10, high: 15 } });
  });

  it('reads as the ticket prints it, in both languages', () => {
    const i18n = createI18n('zh');
    const range = estimateText({ lowMin: 10, highMin: 15 });
    expect(i18n.t(range.key, range.params)).toBe('约 10–15 分钟');
    expect(i18n.t('estimate.unknown')).toBe('暂无法估算');
    void i18n.changeLanguage('en');
    expect(i18n.t(range.key, range.params)).toBe('About 10–15 min');
  });
});
