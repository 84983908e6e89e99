import { describe, expect, it } from 'vitest';
import { deviceTokenKey, forgetDeviceToken, takeDeviceToken, type PairingPlace } from './device-token.ts';

function memoryStorage(): PairingPlace['storage'] & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('takeDeviceToken', () => {
  it('keeps the token from ?device= and strips it from the address, keeping the other parameters', () => {
    const storage = memoryStorage();
    const urls: string[] = [];
    const place = (search: string): PairingPlace => ({
      location: { pathname: '/display/', search, hash: '#x' },
      storage,
      replaceUrl: (u) => void urls.push(u),
    });
    expect(takeDeviceToken('display', place('?device=abc123&lanes=A,V'))).toBe('abc123');
    expect(urls).toEqual(['/display/?lanes=A%2CV#x']);
    expect(storage.data.get(deviceTokenKey('display'))).toBe('abc123');
    // After a reboot the address has no token: the stored one is used, the address left alone.
    expect(takeDeviceToken('display', place(''))).toBe('abc123');
    expect(urls).toHaveLength(1);
  });

  it('keeps each app apart, and forgets a refused token', () => {
    const storage = memoryStorage();
    const place = (search: string): PairingPlace => ({
      location: { pathname: '/', search, hash: '' },
      storage,
      replaceUrl: () => undefined,
    });
    takeDeviceToken('kiosk', place('?device=k1'));
    expect(takeDeviceToken('evaluator', place(''))).toBeNull();
    expect(takeDeviceToken('kiosk', place(''))).toBe('k1');
    forgetDeviceToken('kiosk', storage);
    expect(takeDeviceToken('kiosk', place(''))).toBeNull();
  });
});
