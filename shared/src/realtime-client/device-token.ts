/**
 * Device pairing on the client. A kiosk, hall display or evaluator tablet receives its
 * device token once, in the pairing link (`?device=TOKEN`); the token is kept in
 * localStorage so a reboot keeps the pairing, and removed from the address bar so it is not
 * left on screen or in the history. A refused token is forgotten (pair again).
 */
export interface PairingPlace {
  location: { pathname: string; search: string; hash: string };
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** history.replaceState(null, '', url) in a browser. */
  replaceUrl: (url: string) => void;
}

export type DeviceApp = 'kiosk' | 'display' | 'evaluator';

/** One localStorage key per app: one browser profile may serve two roles in a test lab. */
export function deviceTokenKey(app: DeviceApp): string {
  return `lobby.${app}.deviceToken`;
}

export function takeDeviceToken(app: DeviceApp, place: PairingPlace): string | null {
  const params = new URLSearchParams(place.location.search);
  const fromUrl = params.get('device');
  if (fromUrl) {
    place.storage.setItem(deviceTokenKey(app), fromUrl);
    params.delete('device');
    const rest = params.toString();
    place.replaceUrl(`${place.location.pathname}${rest ? `?${rest}` : ''}${place.location.hash}`);
    return fromUrl;
  }
  return place.storage.getItem(deviceTokenKey(app));
}

export function forgetDeviceToken(app: DeviceApp, storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(deviceTokenKey(app));
}

/** The pairing place of the current page. */
export function browserPairingPlace(): PairingPlace {
  return {
    location: window.location,
    storage: window.localStorage,
    replaceUrl: (url) => window.history.replaceState(null, '', url),
  };
}
