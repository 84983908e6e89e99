/**
 * The evaluator's device token arrives once in the pairing URL (`?device=TOKEN`), is kept in
 * localStorage, and is removed from the address bar so it is not left on screen or in history.
 */
const DEVICE_KEY = 'lobby.evaluator.deviceToken';

export function takeDeviceToken(
  location: Pick<Location, 'search' | 'pathname' | 'hash'>,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  replaceUrl: (url: string) => void,
): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('device');
  if (fromUrl) {
    storage.setItem(DEVICE_KEY, fromUrl);
    params.delete('device');
    const rest = params.toString();
    replaceUrl(`${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(DEVICE_KEY);
}

export function forgetDeviceToken(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(DEVICE_KEY);
}
