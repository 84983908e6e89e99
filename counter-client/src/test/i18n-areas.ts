import type { AreaResources } from '../i18n/resources.ts';
import { commonResources } from '../i18n/common.ts';
import { authResources } from '../i18n/auth.ts';
import { errorResources } from '../i18n/errors.ts';
import { tellerResources } from '../i18n/teller.ts';
import { evaluatorResources } from '../i18n/evaluator.ts';
import { lobbyResources } from '../lobby/i18n.ts';
import { adminResources } from '../admin/i18n.ts';
import { adminHqResources } from '../admin/head-office/i18n.ts';
import { adminHttpsResources } from '../admin/https/i18n.ts';

/** Every i18n namespace of the staff app, for the tests that read them all. */
export const STAFF_AREAS: Record<string, AreaResources> = {
  common: commonResources,
  auth: authResources,
  errors: errorResources,
  teller: tellerResources,
  evaluator: evaluatorResources,
  lobby: lobbyResources,
  admin: adminResources,
  adminHq: adminHqResources,
  adminHttps: adminHttpsResources,
};
