import { z } from 'zod';

/** Every customer-facing string is kept in both UI languages; zh-CN is the default. */
export const LocalizedTextSchema = z.object({
  zh: z.string().trim().min(1).max(300),
  en: z.string().trim().min(1).max(300),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export type UiLanguage = 'zh' | 'en';

export function pickText(text: LocalizedText, lang: UiLanguage): string {
  return lang === 'en' ? text.en : text.zh;
}
