import type { TFunction } from 'i18next';
import { PAUSE_REASONS } from '@lobby/shared';

/** The resource key naming an audit action ('ticket:issued' → audit.actions.ticket.issued; ':' is i18next's namespace separator). */
export const auditActionKey = (action: string): string => `audit.actions.${action.replace(':', '.')}`;

/** A known action by its name in the UI language; an unknown one (a newer server's) by its code. */
export const auditActionName = (t: TFunction<'admin'>, action: string): string =>
  t(auditActionKey(action), { defaultValue: action });

/**
 * An event's reason as a person reads it. A counter pause stores its reason's code (and the
 * note after ': '): the code is shown by its name; so is how a retention purge ran. Any other
 * reason is the text someone typed.
 */
export function auditReasonText(t: TFunction<'admin'>, action: string, reason: string): string {
  // The retention purge records how it ran, as a code.
  if (action === 'retention:purge') return t(`audit.purgeReasons.${reason}`, { defaultValue: reason });
  if (action !== 'counter:paused') return reason;
  const cut = reason.indexOf(': ');
  const code = cut < 0 ? reason : reason.slice(0, cut);
  if (!(PAUSE_REASONS as readonly string[]).includes(code)) return reason;
  const name = t(`audit.pauseReasons.${code}`);
  return cut < 0 ? name : `${name}${t('audit.noteSeparator')}${reason.slice(cut + 2)}`;
}
