/**
 * Finding 9's hostile texts: what a screen or a log would show wrongly or not at all. Every
 * free text refuses each of them (safeText); identifiers, keys and phone numbers too.
 */
export const HOSTILE: [string, string][] = [
  ['zero-width only', '\u200B\u200C\u200D\uFEFF'],
  ['spaces and invisible fillers only', ' \u3000\u2060\u00AD\u3164'],
  ['right-to-left override', '请到\u202E口窗号3'],
  ['left-to-right isolate', '请到\u20663号窗口\u2069'],
  ['NUL', '请到3号窗口\u0000'],
  ['ESC (terminal escape)', '\u001B[2J请到3号窗口'],
  ['BEL', '请到3号窗口\u0007'],
  ['lone surrogate', '请到\uD83D3号窗口'],
];
