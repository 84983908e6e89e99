/**
 * VIP registry import from CSV or Excel (first sheet), raw file as the request body.
 * Any bad row refuses the whole file (IMPORT_INVALID + the rows by line): a half-imported
 * registry would silently misroute customers. `?mode=replace` swaps the whole registry.
 */
import { fail, VIP_ROUTES } from '@lobby/shared';
import type { AppContext } from '../../context/app-context.ts';
import { loadExcel } from '../../http/excel.ts';
import type { RestRouter } from '../../http/rest-router.ts';
import { parseCsv, validateVipRows, type VipImportError } from './vip-import-rows.ts';

async function excelRows(buffer: Buffer): Promise<string[][]> {
  const wb = new (await loadExcel()).Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: string[][] = [];
  for (let i = 1; i <= ws.rowCount; i++) {
    const row = ws.getRow(i);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(2, row.cellCount); c++) cells.push(row.getCell(c).text ?? '');
    rows.push(cells);
  }
  return rows;
}

function isXlsx(buffer: Buffer, format: unknown): boolean {
  // xlsx files are zip archives: "PK" magic, whatever the client claimed.
  return format === 'xlsx' || (buffer.length > 2 && buffer[0] === 0x50 && buffer[1] === 0x4b);
}

export function addVipImportRoutes(rest: RestRouter, ctx: AppContext): void {
  rest.add(VIP_ROUTES.import, async ({ principal, query, body }) => {
    const buffer = Buffer.from(body);
    if (buffer.length === 0) return fail('IMPORT_INVALID', 'empty file');
    let rows: string[][];
    try {
      rows = isXlsx(buffer, query.format) ? await excelRows(buffer) : parseCsv(buffer.toString('utf8'));
    } catch {
      return fail('IMPORT_INVALID', 'not a readable CSV or Excel file');
    }
    const { entries, errors } = validateVipRows(rows, ctx.config().vipTiers);
    if (errors.length > 0 || entries.length === 0) {
      const list: VipImportError[] = errors.length > 0 ? errors : [{ line: 0, message: 'no rows' }];
      const shown = list.slice(0, 500);
      const issues = shown.map((e) => ({ path: `line ${e.line}`, message: e.message }));
      return { ...fail('IMPORT_INVALID'), issues, errors: shown };
    }
    const replace = query.mode === 'replace';
    const now = ctx.clock();
    ctx.store.adminActions.audited(
      () => {
        if (replace) ctx.store.vip.clear();
        for (const e of entries) ctx.store.vip.upsert(e.digits, e.tierId, now);
      },
      () => ({
        at: now,
        actorId: principal.id,
        action: 'vip:import',
        target: null,
        reason: null,
        detail: { rows: entries.length, replace },
      }),
    );
    const total = ctx.store.vip.count();
    return { ok: true, data: { imported: entries.length, replaced: replace, total } };
  });

  rest.add(VIP_ROUTES.summary, () => ({ ok: true, data: ctx.store.vip.countByTier() }));
}
