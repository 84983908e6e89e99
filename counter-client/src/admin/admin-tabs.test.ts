import { describe, expect, it } from 'vitest';
import { adminTabOf } from './admin-tabs.ts';

describe('admin tab routing', () => {
  it('reads the tab from the hash and falls back to the dashboard', () => {
    expect(adminTabOf('#reports')).toBe('reports');
    expect(adminTabOf('#/complaints')).toBe('complaints');
    expect(adminTabOf('')).toBe('dashboard');
    expect(adminTabOf('#nonsense')).toBe('dashboard');
  });
});
