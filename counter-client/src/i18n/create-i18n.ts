import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '@lobby/shared';
import type { AreaResources } from './resources.ts';
import { commonResources } from './common.ts';
import { authResources } from './auth.ts';
import { errorResources } from './errors.ts';
import { tellerResources } from './teller.ts';
import { evaluatorResources } from './evaluator.ts';

/** Areas bundled with the shell. Lobby and admin register theirs when they load (see area-resources.ts). */
const CORE_AREAS: Record<string, AreaResources> = {
  common: commonResources,
  auth: authResources,
  errors: errorResources,
  teller: tellerResources,
  evaluator: evaluatorResources,
};

/** One i18next instance per app mount (no global instance): tests can mount several. */
export function createI18n(language: UiLanguage): I18n {
  const instance = i18next.createInstance();
  const resources: Record<UiLanguage, Record<string, Record<string, unknown>>> = { zh: {}, en: {} };
  for (const [ns, area] of Object.entries(CORE_AREAS)) {
    resources.zh[ns] = area.zh;
    resources.en[ns] = area.en;
  }
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'zh',
    supportedLngs: ['zh', 'en'],
    ns: Object.keys(CORE_AREAS),
    defaultNS: 'common',
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
