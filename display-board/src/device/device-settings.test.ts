import { describe, expect, it } from 'vitest';
import type { PairingPlace } from '@lobby/shared/realtime-client';
import { readDeviceSettings } from './device-settings.ts';

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

function at(href: string, storage: Storage, urls: string[] = []): PairingPlace {
  return { location: new URL(href), storage, replaceUrl: (u) => void urls.push(u) };
}

describe('readDeviceSettings', () => {
  it('keeps the token and lane subset after they leave the URL', () => {
    const storage = new MemoryStorage();
    const first = readDeviceSettings(at('http://h/display/?device=tok123&lanes=A,%20V', storage));
    expect(first).toEqual({ token: 'tok123', lanes: ['A', 'V'], language: 'zh' });
    const later = readDeviceSettings(at('http://h/display/', storage));
    expect(later).toEqual(first);
  });

  it('clears the lane subset with an empty ?lanes= and switches language', () => {
    const storage = new MemoryStorage();
    readDeviceSettings(at('http://h/display/?device=t&lanes=B', storage));
    expect(readDeviceSettings(at('http://h/display/?lanes=&lang=en', storage))).toEqual({
      token: 't',
      lanes: null,
      language: 'en',
    });
  });

  it('strips only the token from the address', () => {
    const urls: string[] = [];
    readDeviceSettings(at('http://h/display/?device=t&lanes=A#x', new MemoryStorage(), urls));
    expect(urls).toEqual(['/display/?lanes=A#x']);
  });
});
