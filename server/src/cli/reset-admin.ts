/**
 * Recovery: `npm run reset-admin [-- --password X] [-- --username admin]`.
 * Sets a new password for the admin (a random one by default) in DATA_DIR and prints it;
 * creates the admin if it is missing. Ends the admin's open sessions.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openBranchStore } from '../store/branch-store.ts';

const { values } = parseArgs({
  options: { password: { type: 'string' }, username: { type: 'string', default: 'admin' } },
});
const dataDir = resolve(process.env.DATA_DIR ?? './data');
const password = values.password ?? randomBytes(9).toString('base64url');
if (password.length < 6) {
  console.error('The password must have at least 6 characters.');
  process.exit(1);
}
const store = openBranchStore(dataDir, Date.now());
try {
  const username = values.username ?? 'admin';
  const user = store.staff.byUsername(username);
  if (user) {
    if (user.role !== 'admin') {
      console.error(`${username} is not an admin (role ${user.role}).`);
      process.exit(1);
    }
    store.staff.setPassword(user.id, password);
  } else {
    store.staff.create({ username, name: '管理员', role: 'admin', staffNo: '0001', password }, Date.now());
  }
  console.log(`Admin login for ${dataDir}:\n  username: ${username}\n  password: ${password}`);
} finally {
  store.db.close();
}
