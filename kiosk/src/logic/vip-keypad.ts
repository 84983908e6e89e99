/**
 * The VIP card/phone entry. Only digits; long enough for a mobile number (11) up to a card
 * number (19). The digits are never shown, only a mask, so a queue behind the customer
 * cannot read them.
 */
export const VIP_MIN_DIGITS = 11;
export const VIP_MAX_DIGITS = 19;

export function pressKey(current: string, key: string): string {
  if (key === 'clear') return '';
  if (key === 'back') return current.slice(0, -1);
  if (/^\d$/.test(key) && current.length < VIP_MAX_DIGITS) return current + key;
  return current;
}

export function canSubmitVip(digits: string): boolean {
  return /^\d+$/.test(digits) && digits.length >= VIP_MIN_DIGITS && digits.length <= VIP_MAX_DIGITS;
}

export function maskDigits(digits: string): string {
  return '●'.repeat(digits.length);
}
