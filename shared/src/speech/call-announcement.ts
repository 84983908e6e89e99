/**
 * What the hall voice says for a call (docs/domain.md §7): "请 A 零 二 三 号 到 3 号窗口".
 * The ticket number is read letter by letter and digit by digit (a customer compares it
 * with the slip in hand); the counter number is read as a cardinal (三, 十二). Each token
 * also names the pre-rendered clips that say it, so the offline voice and the Web Speech
 * voice say exactly the same words.
 */

/** Ids of the pre-rendered clips (display-board/public/voice/<id>.wav). */
export const DIGIT_CLIP_IDS = [
  'digit-0',
  'digit-1',
  'digit-2',
  'digit-3',
  'digit-4',
  'digit-5',
  'digit-6',
  'digit-7',
  'digit-8',
  'digit-9',
] as const;
export const WORD_CLIP_IDS = ['qing', 'hao', 'dao', 'hao-chuangkou', 'shi', 'bai'] as const;
/**
 * Free text (hall messages, the emergency message) cannot be assembled from clips; without
 * a speech voice the hall hears one of these instead and reads the text on screen.
 */
export const NOTICE_CLIP_IDS = {
  /** 大堂通知，请看屏幕 */
  message: 'notice-message',
  /** 紧急通知，请注意屏幕提示 */
  emergency: 'notice-emergency',
} as const;
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export function letterClipId(letter: string): string {
  return `letter-${letter.toLowerCase()}`;
}

export function allClipIds(): string[] {
  return [...WORD_CLIP_IDS, ...DIGIT_CLIP_IDS, ...LETTERS.map(letterClipId), ...Object.values(NOTICE_CLIP_IDS)];
}

const DIGIT_WORDS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

export interface SpeechToken {
  /** How the token is written in the announcement text. */
  text: string;
  /** Clips that say it, in order. */
  clips: string[];
}

export interface ParsedTicketNumber {
  prefix: string;
  digits: string;
}

/** "A023" → { prefix: 'A', digits: '023' }; null for anything that is not a ticket number. */
export function parseTicketNumber(number: string): ParsedTicketNumber | null {
  const m = /^([A-Z]{1,2})(\d{1,4})$/.exec(number.trim().toUpperCase());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { prefix: m[1], digits: m[2] };
}

function digitToken(d: string): SpeechToken {
  const n = Number(d);
  return { text: DIGIT_WORDS[n] ?? d, clips: [`digit-${n}`] };
}

/** Clips of a cardinal number 1–999 in Mandarin: 3 → 三, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function cardinalClips(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`cardinal out of range: ${n}`);
  if (n < 10) return [`digit-${n}`];
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  const out: string[] = [];
  if (hundreds > 0) {
    out.push(`digit-${hundreds}`, 'bai');
    if (tens === 0 && ones === 0) return out;
    if (tens === 0) return [...out, 'digit-0', `digit-${ones}`];
    out.push(`digit-${tens}`, 'shi');
  } else if (tens > 1) {
    out.push(`digit-${tens}`, 'shi');
  } else {
    // 10–19 is 十, 十一 … never 一十 on its own.
    out.push('shi');
  }
  if (ones > 0) out.push(`digit-${ones}`);
  return out;
}

/** The call as tokens; null when the number cannot be read (the caller shows it unspoken). */
export function callTokens(ticketNumber: string, counterNumber: number): SpeechToken[] | null {
  const parsed = parseTicketNumber(ticketNumber);
  if (!parsed || !Number.isInteger(counterNumber) || counterNumber < 1 || counterNumber > 999) return null;
  return [
    { text: '请', clips: ['qing'] },
    ...parsed.prefix.split('').map((l) => ({ text: l, clips: [letterClipId(l)] })),
    ...parsed.digits.split('').map(digitToken),
    { text: '号', clips: ['hao'] },
    { text: '到', clips: ['dao'] },
    { text: String(counterNumber), clips: cardinalClips(counterNumber) },
    { text: '号窗口', clips: ['hao-chuangkou'] },
  ];
}

/** "请 A 零 二 三 号 到 3 号窗口": what Web Speech is given and what the log records. */
export function tokensToText(tokens: SpeechToken[]): string {
  return tokens.map((t) => t.text).join(' ');
}

export function tokensToClips(tokens: SpeechToken[]): string[] {
  return tokens.flatMap((t) => t.clips);
}

/** Text as printed on screen: "请 A023 号 到 3 号窗口". */
export function callDisplayText(ticketNumber: string, counterNumber: number): string {
  return `请 ${ticketNumber} 号 到 ${counterNumber} 号窗口`;
}
