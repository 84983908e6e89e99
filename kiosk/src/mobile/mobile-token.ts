/** `/t/<token>` → token. Tokens are opaque, URL-safe strings; anything else is a bad link. */
export function ticketTokenFromPath(pathname: string): string | null {
  const match = /^\/t\/([A-Za-z0-9_-]{8,128})\/?$/.exec(pathname);
  return match?.[1] ?? null;
}
