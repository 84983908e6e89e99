/**
 * What an arriving customer gives the kiosk's 预约取号 screen: the six-digit booking code or the
 * mobile number on the keypad, or a QR code read by the kiosk's scanner — a keyboard-wedge
 * scanner types the code's text (the booking or ticket page address) and Enter.
 */
export const BOOKING_CODE_DIGITS = 6;
export const PHONE_DIGITS = 11;
/** Longer than any address our QR codes hold; anything past it is not ours. */
const SCAN_MAX_CHARS = 300;

export function pressArrivalKey(current: string, key: string): string {
  if (key === 'clear') return '';
  if (key === 'back') return current.slice(0, -1);
  if (/^\d$/.test(key) && current.length < PHONE_DIGITS) return current + key;
  return current;
}

/** The typed digits as a query the server can answer: a booking code or a mainland mobile number. */
export function typedArrivalQuery(digits: string): string | null {
  if (new RegExp(`^\\d{${BOOKING_CODE_DIGITS}}$`).test(digits)) return digits;
  if (/^1\d{10}$/.test(digits)) return digits;
  return null;
}

/**
 * The digits as the screen shows them: a code in full (the customer checks it against their
 * text message), a phone number with its middle four hidden from the people queueing behind.
 */
export function shownArrivalDigits(digits: string): string {
  if (digits.length <= BOOKING_CODE_DIGITS) return digits;
  const middle = digits.slice(3, 7).replace(/\d/g, '●');
  return digits.slice(0, 3) + middle + digits.slice(7);
}

/** One key from the scanner (keyboard events): the text so far, and the whole code once Enter comes. */
export function scanKey(buffer: string, key: string): { buffer: string; scanned: string | null } {
  if (key === 'Enter') return { buffer: '', scanned: buffer.trim() === '' ? null : buffer.trim() };
  if (key.length !== 1 || buffer.length >= SCAN_MAX_CHARS) return { buffer, scanned: null };
  return { buffer: buffer + key, scanned: null };
}
