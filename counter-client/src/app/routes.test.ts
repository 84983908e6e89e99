import { describe, expect, it } from 'vitest';
import { homePathOf, mayOpen, routeOf } from './routes.ts';

describe('routeOf', () => {
  it('maps the server’s staff paths to pages', () => {
    expect(routeOf('/counter')).toBe('teller');
    expect(routeOf('/counter/')).toBe('teller');
    expect(routeOf('/counter/rate')).toBe('evaluator');
    expect(routeOf('/lobby')).toBe('lobby');
    expect(routeOf('/admin/reports')).toBe('admin');
    expect(routeOf('/staff/')).toBe('home');
    expect(routeOf('/')).toBe('home');
    expect(routeOf('/counterfeit')).toBe('unknown');
  });
});

describe('role routing', () => {
  it('sends each role home and refuses pages above its role', () => {
    expect(homePathOf('teller')).toBe('/counter');
    expect(homePathOf('lobby')).toBe('/lobby');
    expect(homePathOf('admin')).toBe('/admin');
    expect(mayOpen('admin', 'teller')).toBe(false);
    expect(mayOpen('lobby', 'teller')).toBe(false);
    expect(mayOpen('admin', 'lobby')).toBe(false);
    expect(mayOpen('lobby', 'admin')).toBe(true);
    expect(mayOpen('teller', 'teller')).toBe(true);
  });
});
