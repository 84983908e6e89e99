import { describe, expect, it } from 'vitest';
import { forgetDeviceToken, takeDeviceToken } from './device-token.ts';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('takeDeviceToken', () => {
  it('stores the token from ?device= and strips it from the address, keeping other parameters', () => {
    const storage = memoryStorage();
    const urls: string[] = [];
    const token = takeDeviceToken(
      { pathname: '/counter/rate', search: '?device=abc123&counter=2', hash: '' },
      storage,
      (u) => urls.push(u),
    );
    expect(token).toBe('abc123');
    expect(urls).toEqual(['/counter/rate?counter=2']);
    // Later visits without the parameter use the stored token.
    expect(takeDeviceToken({ pathname: '/counter/rate', search: '', hash: '' }, storage, (u) => urls.push(u))).toBe(
      'abc123',
    );
    expect(urls).toHaveLength(1);
    forgetDeviceToken(storage);
    expect(takeDeviceToken({ pathname: '/counter/rate', search: '', hash: '' }, storage, () => undefined)).toBeNull();
  });
});
