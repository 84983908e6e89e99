import type { UiLanguage } from '@lobby/shared';
import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import 'dayjs/locale/zh-cn';

const LANGUAGE_KEY = 'lobby.staff.language';

/** The UI language survives reloads; zh is the default for every new device. */
export function loadLanguage(storage: Pick<Storage, 'getItem'>): UiLanguage {
  return storage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function saveLanguage(storage: Pick<Storage, 'setItem'>, language: UiLanguage): void {
  storage.setItem(LANGUAGE_KEY, language);
}

export function antdLocale(language: UiLanguage): Locale {
  return language === 'en' ? enUS : zhCN;
}

export function dayjsLocale(language: UiLanguage): string {
  return language === 'en' ? 'en' : 'zh-cn';
}
