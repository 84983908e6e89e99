import type { VipImportError, VipTier } from '@lobby/shared';

export type { VipImportError };

/**
 * VIP registry import (card or phone → tier), validation only: the caller hashes the
 * normalised digits and writes everything in one transaction or nothing. Line numbers are
 * the file's own (1-based, header included) so the admin can find the bad row.
 */
export interface VipImportEntry {
  line: number;
  /** Digits only, as the server hashes them for look-up. */
  digits: string;
  tierId: string;
}

export type VipImportParse = { entries: VipImportEntry[]; errors: VipImportError[] };

const HEADER_WORDS = /identifier|card|phone|tier|卡号|手机|证件|等级|级别/i;

/** Same rule as the kiosk's vip:lookup payload: digits, spaces and dashes, 4–40 long. */
export function normaliseVipIdentifier(raw: string): string | null {
  const trimmed = raw.trim();
  if (!/^[0-9 -]{4,40}$/.test(trimmed)) return null;
  const digits = trimmed.replace(/[^0-9]/g, '');
  return digits.length >= 4 ? digits : null;
}

function tierFor(raw: string, tiers: readonly VipTier[]): string | null {
  const v = raw.trim().toLowerCase();
  const tier = tiers.find((t) => t.id.toLowerCase() === v || t.name.zh === raw.trim() || t.name.en.toLowerCase() === v);
  return tier?.id ?? null;
}

export function validateVipRows(rows: readonly (readonly string[])[], tiers: readonly VipTier[]): VipImportParse {
  const entries: VipImportEntry[] = [];
  const errors: VipImportError[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const line = i + 1;
    const [idCell = '', tierCell = '', ...rest] = cells.map((c) => c.trim());
    if (cells.every((c) => c.trim() === '')) return;
    if (i === 0 && HEADER_WORDS.test(`${idCell} ${tierCell}`)) return;
    if (rest.some((c) => c !== '')) {
      errors.push({ line, message: 'too many columns: expected identifier,tier' });
      return;
    }
    const digits = normaliseVipIdentifier(idCell);
    if (digits === null) {
      errors.push({ line, message: 'identifier must be a card or phone number (4–40 digits)' });
      return;
    }
    const tierId = tierFor(tierCell, tiers);
    if (tierId === null) {
      errors.push({ line, message: `unknown tier "${tierCell}"` });
      return;
    }
    const first = seen.get(digits);
    if (first !== undefined) {
      errors.push({ line, message: `duplicate of line ${first}` });
      return;
    }
    seen.set(digits, line);
    entries.push({ line, digits, tierId });
  });
  return { entries, errors };
}

/** Minimal RFC 4180 CSV: commas, quoted fields with "" escapes, CRLF or LF, optional BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
