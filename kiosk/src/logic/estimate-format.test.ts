import { describe, expect, it } from 'vitest';
import { estimateText } from './estimate-format.ts';
import { createI18n } from '../i18n/create-i18n.ts';

describe('estimateText', () => {
  it('says when there is no estimate, and "about now" when nobody is ahead and a counter is free', () => {
    expect(estimateText(null)).toEqual({ key: 'estimate.unknown', params: {} });
    expect(estimateText({ pointMin: 0, lowMin: 0, highMin: 1, aboutNow: true })).toEqual({
      key: 'estimate.aboutNow',
      params: {},
    });
  });

  it('reads as the ticket prints it, in both languages: the point, then the range', () => {
    const i18n = createI18n('zh');
    const e = estimateText({ pointMin: 12, lowMin: 8, highMin: 17, aboutNow: false });
    expect(i18n.t(e.key, e.params)).toBe('约 12 分钟（8–17 分钟）');
    expect(i18n.t('estimate.aboutNow')).toBe('即将叫号');
    void i18n.changeLanguage('en');
    expect(i18n.t(e.key, e.params)).toBe('About 12 min (8–17 min)');
    expect(i18n.t('estimate.aboutNow')).toBe('About now');
  });
});

describe('English plurals (19.10)', () => {
  it('one person, two people, nobody ahead', () => {
    const i18n = createI18n('en');
    expect(i18n.t('common.people', { count: 1 })).toBe('1 person');
    expect(i18n.t('common.people', { count: 4 })).toBe('4 people');
    expect(i18n.t('ticket.ahead', { count: 1 })).toBe('1 person ahead of you');
    expect(i18n.t('ticket.ahead', { count: 3 })).toBe('3 people ahead of you');
    expect(i18n.t('ticket.ahead', { count: 0 })).toBe('Nobody ahead of you');
    expect(i18n.t('common.waitingCount', { count: 1 })).toBe('1 waiting');
    void i18n.changeLanguage('zh');
    expect(i18n.t('common.people', { count: 1 })).toBe('1 人');
    expect(i18n.t('ticket.ahead', { count: 3 })).toBe('前方等待 3 人');
    expect(i18n.t('ticket.ahead', { count: 0 })).toBe('前方无人等待');
  });
});
