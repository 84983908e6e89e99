import ExcelJS from 'exceljs';
import express, { type Router } from 'express';
import type { AppContext } from '../../app/context.ts';
import type { AdminActionLog } from './admin-action-log.ts';
import { allow, guarded, sendFailure, sendOk } from './admin-http.ts';
import { parseCsv, validateVipRows, type VipImportError } from './vip-import-rows.ts';

/**
 * VIP registry import from CSV or Excel (first sheet), raw file as the request body.
 * Any bad row refuses the whole file (IMPORT_INVALID + the rows by line): a half-imported
 * registry would silently misroute customers. `?mode=replace` swaps the whole registry.
 */
const MAX_BYTES = 5 * 1024 * 1024;

async function excelRows(buffer: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
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

export function addVipImportRoute(ctx: AppContext, router: Router, actions: AdminActionLog): void {
  router.post(
    '/admin/vip/import',
    express.raw({ type: () => true, limit: MAX_BYTES }),
    guarded(ctx, async (req, res) => {
      const principal = allow(ctx, req, res, ['admin']);
      if (!principal) return;
      const buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (buffer.length === 0) return sendFailure(res, 'IMPORT_INVALID', 'empty file');
      let rows: string[][];
      try {
        rows = isXlsx(buffer, req.query.format) ? await excelRows(buffer) : parseCsv(buffer.toString('utf8'));
      } catch {
        return sendFailure(res, 'IMPORT_INVALID', 'not a readable CSV or Excel file');
      }
      const { entries, errors } = validateVipRows(rows, ctx.config().vipTiers);
      if (errors.length > 0 || entries.length === 0) {
        const list: VipImportError[] = errors.length > 0 ? errors : [{ line: 0, message: 'no rows' }];
        res.status(422).json({
          ok: false,
          code: 'IMPORT_INVALID',
          issues: list.slice(0, 500).map((e) => ({ path: `line ${e.line}`, message: e.message })),
          errors: list.slice(0, 500),
        });
        return;
      }
      const replace = req.query.mode === 'replace';
      const now = ctx.clock();
      ctx.db
        .transaction(() => {
          if (replace) ctx.db.prepare('DELETE FROM vip_customers').run();
          for (const e of entries) ctx.store.vip.upsert(e.digits, e.tierId, now);
          actions.record({
            at: now,
            actorId: principal.id,
            action: 'vip:import',
            target: null,
            reason: null,
            detail: { rows: entries.length, replace },
          });
        })
        .immediate();
      const total = (ctx.db.prepare('SELECT COUNT(*) AS n FROM vip_customers').get() as { n: number }).n;
      sendOk(res, { imported: entries.length, replaced: replace, total });
    }),
  );

  router.get(
    '/admin/vip/summary',
    guarded(ctx, (req, res) => {
      if (!allow(ctx, req, res, ['admin'])) return;
      const rows = ctx.db
        .prepare('SELECT tier_id AS tierId, COUNT(*) AS count FROM vip_customers GROUP BY tier_id ORDER BY tier_id')
        .all();
      sendOk(res, rows);
    }),
  );
}
