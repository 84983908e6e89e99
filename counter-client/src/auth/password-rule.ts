import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { passwordProblem, PASSWORD_PROBLEMS, type CallFailure, type PasswordProblem } from '@lobby/shared';

/**
 * The one password rule (shared/src/auth/password-rule.ts) as an antd form rule: the same
 * check the server makes, worded in the page's language as the user types.
 */
export function newPasswordRule(t: TFunction, username: () => string | undefined): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const problem = passwordProblem(typeof value === 'string' ? value : '', username());
      return problem ? Promise.reject(new Error(t(`auth:problem.${problem}`))) : Promise.resolve();
    },
  };
}

/** The server's refusal of a new password (its issue names the problem), else null. */
export function refusedPasswordProblem(failure: CallFailure): PasswordProblem | null {
  if (failure.code !== 'INVALID_PAYLOAD') return null;
  const named = failure.issues?.map((i) => i.message).find((m) => (PASSWORD_PROBLEMS as readonly string[]).includes(m));
  return (named as PasswordProblem | undefined) ?? null;
}
