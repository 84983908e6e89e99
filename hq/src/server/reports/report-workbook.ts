import type { HqReport } from '@lobby/shared';
import ExcelJS from 'exceljs';

/** The cross-branch report as an Excel workbook, headers in the reader's language. */
const HEADERS = {
  zh: [
    '分组',
    '取号',
    '办结',
    '平均等候(分)',
    'P90等候(分)',
    '达标率%',
    '过号率%',
    '平均办理(分)',
    '满意度',
    '评价数',
    '投诉',
    '投诉按时办结%',
    '投诉超时',
  ],
  en: [
    'Group',
    'Issued',
    'Served',
    'Mean wait (min)',
    'P90 wait (min)',
    'Within target %',
    'No-show %',
    'Mean service (min)',
    'Satisfaction',
    'Ratings',
    'Complaints',
    'Complaints on time %',
    'Complaints overdue',
  ],
};

export async function reportWorkbook(report: HqReport, lang: 'zh' | 'en'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(lang === 'zh' ? '跨网点报表' : 'Cross-branch report');
  ws.addRow([lang === 'zh' ? `${report.from} 至 ${report.to}` : `${report.from} to ${report.to}`]);
  const header = ws.addRow(HEADERS[lang]);
  header.font = { bold: true };
  const line = (label: string, f: HqReport['total']) =>
    ws.addRow([
      label,
      f.issued,
      f.served,
      f.meanWaitMin,
      f.p90WaitMin,
      f.withinTargetPct,
      f.noShowPct,
      f.meanServiceMin,
      f.satisfaction,
      f.rated,
      f.complaints,
      f.complaintsOnTimePct,
      f.complaintsOverdue,
    ]);
  for (const r of report.rows) line(`${r.label[lang]} (${r.key})`, r);
  line(lang === 'zh' ? '合计' : 'Total', report.total).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 28 : 14));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
