/**
 * One word for one state, on every screen (staff and public) and in both languages: the
 * glossary every app's i18n resources take their state words from. A state shown with two
 * words (挂起 at the counter, 暂挂 in the lobby; 暂停服务 for a closed counter on the hall
 * display) makes people think there are two states. `avoid` lists the synonyms that must
 * not appear in any resource, so a test can keep them out.
 */
import type { UiLanguage } from './localized.ts';

const ZH = {
  ticket: {
    waiting: '等候中',
    called: '已叫号',
    serving: '办理中',
    suspended: '挂起',
    done: '已办结',
    no_show: '过号',
    cancelled: '已取消',
  },
  counter: {
    closed: '未开放',
    open: '开放',
    paused: '暂停服务',
    idle: '空闲',
    away: '暂离',
    offline: '离线',
  },
  outcome: {
    served: '已办结',
    partially_served: '部分办结',
    not_served: '未办理',
    no_show: '过号',
    cancelled: '已取消',
    closed_at_day_end: '日终关闭',
    lapsed: '未到店失效',
  },
  lane: { paused: '暂停取号' },
} as const;

/** The same keys as the Chinese words, every one of them. */
type Words<T> = { readonly [K in keyof T]: T[K] extends string ? string : Words<T[K]> };

const EN: Words<typeof ZH> = {
  ticket: {
    waiting: 'Waiting',
    called: 'Called',
    serving: 'Serving',
    suspended: 'Suspended',
    done: 'Finished',
    no_show: 'No-show',
    cancelled: 'Cancelled',
  },
  counter: {
    closed: 'Not open',
    open: 'Open',
    paused: 'Paused',
    idle: 'Idle',
    away: 'Away',
    offline: 'Offline',
  },
  outcome: {
    served: 'Finished',
    partially_served: 'Partly served',
    not_served: 'Not served',
    no_show: 'No-show',
    cancelled: 'Cancelled',
    closed_at_day_end: 'Closed at day end',
    lapsed: 'Lapsed (never arrived)',
  },
  lane: { paused: 'Not issuing' },
};

export const GLOSSARY: Record<UiLanguage, Words<typeof ZH>> = { zh: ZH, en: EN };

export type Glossary = Words<typeof ZH>;

/** Words that name a glossary state the wrong way (暂挂 for 挂起). */
export const GLOSSARY_AVOID: Record<UiLanguage, readonly string[]> = {
  zh: ['暂挂'],
  en: ['On hold'],
};

/** Every string of a resource tree (nested objects), for checking it against the glossary. */
export function resourceStrings(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(resourceStrings);
  return [];
}
