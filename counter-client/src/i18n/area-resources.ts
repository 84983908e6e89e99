import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AreaResources } from './resources.ts';

/**
 * How a lazily loaded area (lobby, admin) adds its own namespace:
 *
 *   // src/lobby/i18n.ts
 *   export const lobbyResources: AreaResources = { zh: { title: '大堂' }, en: { title: 'Lobby' } };
 *   // src/lobby/index.tsx
 *   useAreaResources('lobby', lobbyResources);
 *   const { t } = useTranslation('lobby');
 *
 * Registration is idempotent, so calling the hook on every render is harmless.
 */
export function registerArea(i18n: I18n, ns: string, area: AreaResources): void {
  if (i18n.hasResourceBundle('zh', ns)) return;
  i18n.addResourceBundle('zh', ns, area.zh, true, true);
  i18n.addResourceBundle('en', ns, area.en, true, true);
}

export function useAreaResources(ns: string, area: AreaResources): void {
  const { i18n } = useTranslation();
  registerArea(i18n, ns, area);
}
