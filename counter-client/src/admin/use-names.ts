import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText, type LocalizedText, type UiLanguage } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';

/** Names of config items (lanes, business types, counters) in the UI language; the id when unknown. */
export function useConfigNames(): {
  lane: (id: string) => string;
  businessType: (id: string) => string;
  counter: (id: string) => string;
  text: (t: LocalizedText) => string;
} {
  const config = useAppStore((s) => s.floor.config);
  const { i18n } = useTranslation();
  const lang: UiLanguage = i18n.language === 'en' ? 'en' : 'zh';
  const find = useCallback(
    (list: readonly { id: string; name: LocalizedText }[] | undefined, id: string) => {
      const item = list?.find((x) => x.id === id);
      return item ? pickText(item.name, lang) : id;
    },
    [lang],
  );
  return {
    lane: useCallback((id: string) => find(config?.lanes, id), [find, config]),
    businessType: useCallback((id: string) => find(config?.businessTypes, id), [find, config]),
    counter: useCallback((id: string) => find(config?.counters, id), [find, config]),
    text: useCallback((t: LocalizedText) => pickText(t, lang), [lang]),
  };
}
