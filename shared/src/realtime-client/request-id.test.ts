import { afterEach, describe, expect, it, vi } from 'vitest';
import { newRequestId } from './request-id.ts';

afterEach(() => vi.unstubAllGlobals());

describe('newRequestId', () => {
  it('makes 32 hex digits, different every time', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newRequestId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('works where crypto.randomUUID does not exist (a page over http from a LAN address)', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: real.getRandomValues.bind(real) });
    expect('randomUUID' in globalThis.crypto).toBe(false);
    expect(newRequestId()).toMatch(/^[0-9a-f]{32}$/);
  });
});
