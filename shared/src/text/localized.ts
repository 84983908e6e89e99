import { z } from 'zod';
import { safeText } from './safe-text.ts';

/** Every customer-facing string is kept in both UI languages; zh-CN is the default. */
export const LocalizedTextSchema = z.object({
  zh: safeText({ min: 1, max: 300 }),
  en: safeText({ min: 1, max: 300 }),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export type UiLanguage = 'zh' | 'en';

export function pickText(text: LocalizedText, lang: UiLanguage): string {
  return lang === 'en' ? text.en : text.zh;
}
