import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '@lobby/shared';
import { zh } from './zh.ts';
import { en } from './en.ts';

/** One i18next instance per app (no global): zh-CN by default, English on request. */
export function createI18n(lang: UiLanguage = 'zh'): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources: { zh: { translation: zh }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'zh',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}
