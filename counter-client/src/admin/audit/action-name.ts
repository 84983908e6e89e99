import type { TFunction } from 'i18next';

/** The resource key naming an audit action ('ticket:issued' → audit.actions.ticket.issued; ':' is i18next's namespace separator). */
export const auditActionKey = (action: string): string => `audit.actions.${action.replace(':', '.')}`;

/** A known action by its name in the UI language; an unknown one (a newer server's) by its code. */
export const auditActionName = (t: TFunction<'admin'>, action: string): string =>
  t(auditActionKey(action), { defaultValue: action });
