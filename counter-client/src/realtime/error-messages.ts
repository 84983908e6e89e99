import { isErrorCode, type ErrorCode } from '@lobby/shared';
import type { TFunction } from 'i18next';
import type { ClientErrorCode } from '@lobby/shared/realtime-client';

/**
 * The one place failure codes become words. Every ERROR_CODE has a message in
 * `i18n/errors.ts` (typed Record<ErrorCode, string>, so none can be missing).
 */
export function errorMessage(t: TFunction, code: ErrorCode | ClientErrorCode | string): string {
  if (code === 'CLIENT_OFFLINE') return t('errors:offline');
  if (code === 'CLIENT_TIMEOUT') return t('errors:timeout');
  if (isErrorCode(code)) return t(`errors:code.${code}`);
  return t('errors:code.INTERNAL');
}
