import { z } from 'zod';
import { COMMON_PASSWORDS } from './common-passwords.ts';

/**
 * THE password rule for staff accounts, applied the same by the staff app (as the user
 * types), the REST API (own change, admin create/reset) and `npm run reset-admin`:
 * at least 10 characters, not one of the common passwords, not the user name.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** `same_as_current` only arises when changing one's own password. */
export const PASSWORD_PROBLEMS = ['too_short', 'too_long', 'common', 'same_as_username', 'same_as_current'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

export function passwordProblem(password: string, username?: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'common';
  // One character repeated, or the user name with a few characters around it.
  if (new Set(lower).size <= 2) return 'common';
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) return 'same_as_username';
  return null;
}

/** English, for the command line and API messages; the staff app has its own zh/en texts. */
export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  too_short: `at least ${PASSWORD_MIN_LENGTH} characters`,
  too_long: `at most ${PASSWORD_MAX_LENGTH} characters`,
  common: 'too common: choose one that is not on the list of common passwords',
  same_as_username: 'must not contain the user name',
  same_as_current: 'must differ from the current password',
};

/** A new password in a request body: the issue message is the problem code (the UI words it). */
export const NewPasswordSchema = z
  .string()
  .max(PASSWORD_MAX_LENGTH, 'too_long')
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
