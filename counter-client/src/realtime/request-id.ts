/** A fresh idempotency key per user action (the server answers a repeated key with the first answer). */
export function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}
