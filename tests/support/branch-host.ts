/**
 * The LAN name browser tests open the server by. Chromium resolves it to 127.0.0.1
 * (--host-resolver-rules in browser.ts) and the test server allows it as a Host; to the
 * browser it is a plain-http LAN origin, NOT a secure context, as at a real branch.
 */
export const BRANCH_HOST = 'branch.lan';
