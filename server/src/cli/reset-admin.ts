/**
 * Recovery: `npm run reset-admin [-- --password X] [-- --username admin]`.
 * Sets a new password for the admin in DATA_DIR — a random one-time password by default,
 * else X, which must pass the password rule — and prints it; creates the admin if missing.
 * Ends the admin's open sessions; the admin must choose a new password at the next sign-in.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PASSWORD_PROBLEM_TEXT, passwordProblem } from '@lobby/shared';
import { oneTimePassword } from '../auth/one-time-password.ts';
import { openBranchStore } from '../store/branch-store.ts';

const { values } = parseArgs({
  options: { password: { type: 'string' }, username: { type: 'string', default: 'admin' } },
});
const dataDir = resolve(process.env.DATA_DIR ?? './data');
const username = values.username ?? 'admin';
const password = values.password ?? oneTimePassword();
const problem = passwordProblem(password, username);
if (problem) {
  console.error(`The password is not accepted: ${PASSWORD_PROBLEM_TEXT[problem]}.`);
  process.exit(1);
}
const now = Date.now();
const store = openBranchStore(dataDir, now);
try {
  const user = store.staff.byUsername(username);
  if (user) {
    if (user.role !== 'admin') {
      console.error(`${username} is not an admin (role ${user.role}).`);
      process.exit(1);
    }
    store.staff.setPassword(user.id, password, { mustChangePassword: true, now });
  } else {
    store.staff.create(
      { username, name: '管理员', role: 'admin', staffNo: '0001', password, mustChangePassword: true },
      now,
    );
  }
  console.log(
    `Admin login for ${dataDir}:\n  username: ${username}\n  password: ${password}\n` +
      'It works once: the first sign-in asks for a new password.',
  );
} finally {
  store.db.close();
}
