import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@lobby/shared';
import { createI18n } from '../i18n/create-i18n.ts';
import { errorMessage } from './error-messages.ts';
import { CLIENT_ERROR_CODES } from '@lobby/shared/realtime-client';

describe('errorMessage', () => {
  for (const language of ['zh', 'en'] as const) {
    it(`gives every error code its own ${language} message`, () => {
      const i18n = createI18n(language);
      const messages = [...ERROR_CODES, ...CLIENT_ERROR_CODES].map((code) => errorMessage(i18n.t, code));
      for (const [i, m] of messages.entries()) {
        expect(m, `code ${[...ERROR_CODES, ...CLIENT_ERROR_CODES][i]}`).not.toMatch(/^errors:|code\./);
        expect(m.length).toBeGreaterThan(3);
      }
      expect(new Set(messages).size).toBe(messages.length);
    });
  }

  it('speaks the UI language and falls back to INTERNAL for an unknown code', () => {
    expect(errorMessage(createI18n('zh').t, 'COUNTER_HELD')).toContain('窗口');
    expect(errorMessage(createI18n('en').t, 'COUNTER_HELD')).toContain('counter');
    expect(errorMessage(createI18n('zh').t, 'SOMETHING_NEW')).toBe(errorMessage(createI18n('zh').t, 'INTERNAL'));
  });
});
