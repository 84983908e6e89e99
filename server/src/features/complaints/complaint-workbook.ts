import type ExcelJS from 'exceljs';
import { loadExcel } from '../../http/excel.ts';
import type { Complaint } from './complaint-types.ts';

/** The complaint ledger (投诉处理台账) as Excel, one row per complaint. */
const COLUMNS: { header: string; key: keyof Complaint | 'overdue'; width: number }[] = [
  { header: '编号 ID', key: 'id', width: 18 },
  { header: '受理日期 Received', key: 'receivedDate', width: 12 },
  { header: '来源 Source', key: 'source', width: 10 },
  { header: '类别 Category', key: 'category', width: 12 },
  { header: '等级 Severity', key: 'severity', width: 10 },
  { header: '状态 Status', key: 'status', width: 10 },
  { header: '内容 Summary', key: 'summary', width: 40 },
  { header: '诉求 Demand', key: 'demand', width: 30 },
  { header: '联系人 Contact', key: 'contactName', width: 12 },
  { header: '电话 Phone', key: 'contactPhone', width: 14 },
  { header: '关联票号 Ticket', key: 'ticketId', width: 16 },
  { header: '窗口 Counter', key: 'counterId', width: 8 },
  { header: '被投诉柜员 Teller', key: 'tellerId', width: 14 },
  { header: '首问负责人 Owner', key: 'ownerId', width: 14 },
  { header: '首次答复期限 First response due', key: 'firstResponseDue', width: 14 },
  { header: '处理期限 Handling due', key: 'handlingDue', width: 14 },
  { header: '书面反馈期限 Written result due', key: 'writtenResultDue', width: 14 },
  { header: '处理结果 Resolution', key: 'resolution', width: 40 },
  { header: '超时 Overdue', key: 'overdue', width: 24 },
];

export async function buildComplaintWorkbook(
  rows: readonly { complaint: Complaint; overdue: string[]; names: Record<string, string> }[],
): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet('投诉台账 Complaints');
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const { complaint, overdue, names } of rows) {
    ws.addRow({
      ...complaint,
      tellerId: complaint.tellerId ? (names[complaint.tellerId] ?? complaint.tellerId) : null,
      ownerId: names[complaint.ownerId] ?? complaint.ownerId,
      overdue: overdue.join(', '),
    });
  }
  return wb;
}
