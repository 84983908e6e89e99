import { describe, expect, it } from 'vitest';
import { forgetSession, loadSession, saveSession } from './session-storage.ts';

function memory(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('staff session storage', () => {
  it('round-trips the session and forgets it on sign-out', () => {
    const storage = memory();
    const session = {
      token: 'tok',
      user: {
        id: 'u1',
        username: 'teller1',
        name: '柜员1',
        role: 'teller' as const,
        staffNo: '1001',
        mustChangePassword: false,
      },
    };
    saveSession(storage, session);
    expect(loadSession(storage)).toEqual(session);
    forgetSession(storage);
    expect(loadSession(storage)).toBeNull();
  });

  it('treats corrupt or partial data as signed out', () => {
    const storage = memory();
    storage.setItem('lobby.staff.session', '{not json');
    expect(loadSession(storage)).toBeNull();
    storage.setItem('lobby.staff.session', JSON.stringify({ token: 'x' }));
    expect(loadSession(storage)).toBeNull();
  });
});
