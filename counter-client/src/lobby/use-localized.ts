import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText, type LocalizedText, type UiLanguage } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';

/** Config names (lanes, counters, business types) in the current UI language. */
export function useLocalized(): (text: LocalizedText | null | undefined, fallback?: string) => string {
  const { i18n } = useTranslation();
  const lang: UiLanguage = i18n.language === 'en' ? 'en' : 'zh';
  return useCallback((text, fallback = '—') => (text ? pickText(text, lang) : fallback), [lang]);
}

/** Staff names by id (teller, account manager), from the snapshot's staff list. */
export function useStaffName(): (id: string | null) => string {
  const staff = useAppStore((s) => s.floor.staff);
  return useCallback((id) => (id === null ? '—' : (staff.find((p) => p.id === id)?.name ?? id)), [staff]);
}

/** "2号窗口" for a counter id, from the live counter list. */
export function useCounterLabel(): (id: string | null) => string {
  const counters = useAppStore((s) => s.floor.counters);
  const text = useLocalized();
  return useCallback((id) => (id === null ? '—' : text(counters[id]?.name, id)), [counters, text]);
}
