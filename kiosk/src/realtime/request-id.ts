/** Request ids for idempotent commands. `crypto.randomUUID` needs a secure context, which a LAN kiosk on plain http is not. */
export function newRequestId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return 'k' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
