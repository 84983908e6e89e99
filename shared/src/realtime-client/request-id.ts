/**
 * A fresh idempotency key per user action (the server answers a repeated key with the first
 * answer). `crypto.randomUUID` exists only in secure contexts (https or localhost) and a
 * branch PC opens the server at its LAN address over plain http; `crypto.getRandomValues`
 * exists everywhere. 128 random bits, hex.
 */
export function newRequestId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const b of bytes) id += b.toString(16).padStart(2, '0');
  return id;
}
