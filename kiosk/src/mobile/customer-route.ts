/** Which customer page a phone opened: its ticket, the booking form, its booking, or the hall poster. */
export type CustomerRoute =
  | { page: 'ticket'; token: string | null }
  | { page: 'book' }
  | { page: 'booking'; token: string }
  | { page: 'hall'; key: string };

const TOKEN = '([A-Za-z0-9_-]{8,128})';

export function customerRoute(pathname: string): CustomerRoute {
  if (/^\/book\/?$/.test(pathname)) return { page: 'book' };
  const booking = new RegExp(`^/b/${TOKEN}/?$`).exec(pathname);
  if (booking?.[1]) return { page: 'booking', token: booking[1] };
  const hall = new RegExp(`^/hall/${TOKEN}/?$`).exec(pathname);
  if (hall?.[1]) return { page: 'hall', key: hall[1] };
  const ticket = new RegExp(`^/t/${TOKEN}/?$`).exec(pathname);
  return { page: 'ticket', token: ticket?.[1] ?? null };
}
