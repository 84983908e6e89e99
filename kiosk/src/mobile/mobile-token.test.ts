import { describe, expect, it } from 'vitest';
import { ticketTokenFromPath } from './mobile-token.ts';

describe('ticketTokenFromPath', () => {
  it('reads the token of /t/<token>', () => {
    expect(ticketTokenFromPath('/t/Abc_def-1234567890')).toBe('Abc_def-1234567890');
    expect(ticketTokenFromPath('/t/Abc_def-1234567890/')).toBe('Abc_def-1234567890');
  });

  it('rejects anything else', () => {
    expect(ticketTokenFromPath('/t/')).toBeNull();
    expect(ticketTokenFromPath('/t/short')).toBeNull();
    expect(ticketTokenFromPath('/t/abc%2F..%2Fadmin12')).toBeNull();
    expect(ticketTokenFromPath('/kiosk/')).toBeNull();
  });
});
