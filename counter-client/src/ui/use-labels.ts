import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText, type BranchConfig, type LocalizedText, type UiLanguage } from '@lobby/shared';
import { useAppStore } from '../store/app-store.ts';

export interface Labels {
  language: UiLanguage;
  text: (value: LocalizedText | null | undefined) => string;
  lane: (id: string) => string;
  laneShort: (id: string) => string;
  businessType: (id: string) => string;
  counter: (id: string) => string;
  priorityGroup: (id: string) => string;
  vipTier: (id: string) => string;
  vipRoom: (id: string) => string;
}

/** Names of configured things in the current UI language; unknown ids fall back to the id. */
export function labelsFor(config: BranchConfig | null, language: UiLanguage): Labels {
  const text = (value: LocalizedText | null | undefined) => (value ? pickText(value, language) : '');
  const find = <T extends { id: string; name: LocalizedText }>(items: readonly T[] | undefined, id: string) =>
    text(items?.find((i) => i.id === id)?.name) || id;
  return {
    language,
    text,
    lane: (id) => find(config?.lanes, id),
    laneShort: (id) => {
      const lane = config?.lanes.find((l) => l.id === id);
      return lane ? `${lane.prefix} ${text(lane.name)}` : id;
    },
    businessType: (id) => find(config?.businessTypes, id),
    counter: (id) => find(config?.counters, id),
    priorityGroup: (id) => find(config?.priorityGroups, id),
    vipTier: (id) => find(config?.vipTiers, id),
    vipRoom: (id) => find(config?.vipRooms, id),
  };
}

export function useLabels(): Labels {
  const config = useAppStore((s) => s.floor.config);
  const { i18n } = useTranslation();
  const language: UiLanguage = i18n.language === 'en' ? 'en' : 'zh';
  return useMemo(() => labelsFor(config, language), [config, language]);
}
