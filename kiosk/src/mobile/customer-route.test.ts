import { describe, expect, it } from 'vitest';
import { customerRoute } from './customer-route.ts';

describe('customerRoute', () => {
  it('tells the four customer pages apart', () => {
    expect(customerRoute('/book')).toEqual({ page: 'book' });
    expect(customerRoute('/book/')).toEqual({ page: 'book' });
    expect(customerRoute('/b/abcdefgh12345678')).toEqual({ page: 'booking', token: 'abcdefgh12345678' });
    expect(customerRoute('/hall/Key_0123456789')).toEqual({ page: 'hall', key: 'Key_0123456789' });
    expect(customerRoute('/t/tok_0123456789abcdef')).toEqual({ page: 'ticket', token: 'tok_0123456789abcdef' });
  });

  it('a malformed link is a ticket page with no token (it says the link is broken)', () => {
    expect(customerRoute('/t/x')).toEqual({ page: 'ticket', token: null });
    expect(customerRoute('/b/../../etc')).toEqual({ page: 'ticket', token: null });
    expect(customerRoute('/hall/a b')).toEqual({ page: 'ticket', token: null });
    expect(customerRoute('/t/')).toEqual({ page: 'ticket', token: null });
    expect(customerRoute('/t/short')).toEqual({ page: 'ticket', token: null });
    expect(customerRoute('/t/abc%2F..%2Fadmin12')).toEqual({ page: 'ticket', token: null });
    expect(customerRoute('/kiosk/')).toEqual({ page: 'ticket', token: null });
  });
});
