import { describe, expect, it } from 'vitest';
import { ERROR_CODES, HTTP_STATUS } from './errors.ts';

describe('HTTP_STATUS', () => {
  it('gives every error code a client- or server-error status', () => {
    for (const code of ERROR_CODES) {
      const status = HTTP_STATUS[code];
      expect(Number.isInteger(status), code).toBe(true);
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
    }
  });

  it('has no status for a code that does not exist', () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('answers 5xx only for INTERNAL: everything else is the caller’s to fix or retry', () => {
    const serverErrors = ERROR_CODES.filter((c) => HTTP_STATUS[c] >= 500);
    expect(serverErrors).toEqual(['INTERNAL']);
  });
});
