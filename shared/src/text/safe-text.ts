import { z } from 'zod';

/**
 * The one schema for text people type that others will read (hall broadcasts, notes,
 * reasons, complaint text, names, configured customer-facing text). It normalises to NFC and
 * refuses what a screen or a log would show wrongly or not at all: control characters
 * (NUL, ESC, BEL …), bidirectional controls (a right-to-left override reorders what the
 * hall reads), lone surrogates (stored as invalid UTF-8), and text that is empty once the
 * invisible characters at its ends are trimmed (zero-width-only text).
 */
export interface SafeTextOptions {
  max: number;
  /** 1 for required text: then a text of only spaces and invisible characters is refused. */
  min?: number;
  /** Keeps line breaks and tabs (notes, complaint text); \r\n and \r become \n. */
  multiline?: boolean;
}

/** Embeddings, overrides, isolates and the direction marks. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINE = /(?![\n\t])\p{Cc}/u;
const LONE_SURROGATE = /\p{Cs}/u;
/**
 * Characters that show nothing: white space, the default-ignorable code points (zero-width
 * characters, soft hyphen, Hangul fillers, variation selectors, BOM …) and the braille blank.
 */
const INVISIBLE = '\\s\\p{Default_Ignorable_Code_Point}\\u2800';
const INVISIBLE_ENDS = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'gu');

export type TextRefusal = 'lone surrogate' | 'control character' | 'bidirectional control character';

/** Why a text is refused, or null. Before normalising: NFC keeps a lone surrogate as it is. */
export function textRefusal(text: string, multiline = false): TextRefusal | null {
  if (LONE_SURROGATE.test(text)) return 'lone surrogate';
  if ((multiline ? CONTROL_BUT_LINE : CONTROL).test(multiline ? unifyLineBreaks(text) : text))
    return 'control character';
  if (BIDI_CONTROL.test(text)) return 'bidirectional control character';
  return null;
}

const unifyLineBreaks = (text: string) => text.replace(/\r\n?/g, '\n');

/** NFC, line breaks as \n, the invisible characters at the ends trimmed. */
export function cleanText(text: string, multiline = false): string {
  return (multiline ? unifyLineBreaks(text) : text).normalize('NFC').replace(INVISIBLE_ENDS, '');
}

export function safeText({ max, min = 0, multiline = false }: SafeTextOptions) {
  return (
    z
      .string()
      // Bounds the work on hostile input; the real limit applies to the cleaned text.
      .max(max * 4 + 16)
      .transform((raw, ctx) => {
        const refusal = textRefusal(raw, multiline);
        if (refusal) {
          ctx.addIssue({ code: 'custom', message: refusal });
          return z.NEVER;
        }
        return cleanText(raw, multiline);
      })
      .pipe(
        z
          .string()
          .min(min, min === 1 ? 'empty' : undefined)
          .max(max),
      )
  );
}
