/**
 * The device token arrives once as `?device=TOKEN` (Electron's start URL or a pairing link),
 * is kept in localStorage and removed from the address bar so it is not left on screen or
 * in history.
 */
const STORAGE_KEY = 'lobby.kiosk.deviceToken';

export function takeDeviceToken(location: Location, storage: Storage, history: History): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('device');
  if (fromUrl) {
    storage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('device');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(STORAGE_KEY);
}
