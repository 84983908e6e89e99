/**
 * Excel export of every report table (one sheet each). Headers carry both languages so the
 * file reads the same for whoever opens it; keys are resolved to names from the config.
 */
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../http/excel.ts';
import type { BranchConfig, LocalizedText } from '@lobby/shared';
import type { BranchReport, ReportFigures, ReportRow } from './report-types.ts';

const FIGURE_COLUMNS: { key: keyof ReportFigures; header: string }[] = [
  { key: 'issued', header: '取号 Issued' },
  { key: 'served', header: '办结 Served' },
  { key: 'noShow', header: '过号 No-show' },
  { key: 'cancelled', header: '取消 Cancelled' },
  { key: 'closedAtDayEnd', header: '日终关闭 Closed at day end' },
  { key: 'meanWaitMin', header: '平均等待(分) Mean wait (min)' },
  { key: 'p90WaitMin', header: 'P90等待(分) P90 wait (min)' },
  { key: 'maxWaitMin', header: '最长等待(分) Max wait (min)' },
  { key: 'meanServiceMin', header: '平均办理(分) Mean service (min)' },
  { key: 'meanWalkMin', header: '平均到窗(分) Mean walk (min)' },
  { key: 'withinTargetPct', header: '目标内% Within target %' },
  { key: 'noShowPct', header: '过号率% No-show %' },
  { key: 'meanAttitude', header: '服务态度 Attitude' },
  { key: 'meanEfficiency', header: '办理效率 Efficiency' },
  { key: 'ratings', header: '评价数 Ratings' },
  { key: 'ratingResponsePct', header: '评价率% Response %' },
  { key: 'suspends', header: '挂起 Suspends' },
  { key: 'transfers', header: '转移 Transfers' },
];

/** The columns naming a row: what a reader sees first, and a code only where someone looks it up. */
type KeyColumn = { header: string; value: (key: string) => string };

/** Tellers by id: the sheet shows the name and the 工号, never the internal id. */
export type TellerCards = Readonly<Record<string, { name: string; staffNo: string }>>;

function configName(header: string, list: readonly { id: string; name: LocalizedText }[]): KeyColumn {
  const names = new Map(list.map((x) => [x.id, `${x.name.zh} ${x.name.en}`]));
  return { header, value: (key) => names.get(key) ?? key };
}

const own = (header: string, value: (key: string) => string = (k) => k): KeyColumn => ({ header, value });

function addTable(
  wb: ExcelJS.Workbook,
  title: string,
  keyColumns: readonly KeyColumn[],
  rows: readonly ReportRow[],
  extra: { header: string; value: (r: ReportRow) => number }[] = [],
): void {
  const ws = wb.addWorksheet(title);
  ws.columns = [
    ...keyColumns.map((c, i) => ({ header: c.header, key: `key${i}`, width: i === 0 ? 28 : 14 })),
    ...FIGURE_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: 14 })),
    ...extra.map((e, i) => ({ header: e.header, key: `extra${i}`, width: 14 })),
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    const values: Record<string, string | number | null> = {};
    keyColumns.forEach((c, i) => (values[`key${i}`] = c.value(r.key)));
    for (const c of FIGURE_COLUMNS) values[c.key] = r[c.key];
    extra.forEach((e, i) => (values[`extra${i}`] = e.value(r)));
    ws.addRow(values);
  }
}

export async function buildReportWorkbook(
  report: BranchReport,
  config: BranchConfig,
  tellers: TellerCards,
): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Lobby queue system';
  wb.created = new Date();
  addTable(
    wb,
    '汇总 Summary',
    [own('期间 Period'), own('网点 Branch', () => `${config.branch.name.zh} ${config.branch.name.en}`)],
    [{ key: `${report.from}..${report.to}`, ...report.total }],
  );
  addTable(wb, '按日 By day', [own('日期 Date')], report.byDay);
  addTable(wb, '按小时 By hour', [own('小时 Hour', (k) => `${k}:00`)], report.byHour, [
    { header: '本时段办结 Finished in hour', value: (r) => ('finishedInHour' in r ? Number(r.finishedInHour) : 0) },
  ]);
  // The lane's letter is printed on every ticket: it stays beside the name.
  addTable(
    wb,
    '按队列 By lane',
    [configName('队列 Lane', config.lanes), own('字头 Letter', (k) => prefixOf(config, k))],
    report.byLane,
  );
  addTable(
    wb,
    '按业务 By business type',
    [configName('业务 Business type', config.businessTypes)],
    report.byBusinessType,
  );
  addTable(wb, '按窗口 By counter', [configName('窗口 Counter', config.counters)], report.byCounter);
  addTable(
    wb,
    '按柜员 By teller',
    [own('柜员 Teller', (k) => tellers[k]?.name ?? k), own('工号 Staff no.', (k) => tellers[k]?.staffNo ?? '')],
    report.byTeller,
  );
  const dist = wb.addWorksheet('等待分布 Wait distribution');
  dist.columns = [
    { header: '等待(分) Wait (min)', key: 'range', width: 20 },
    { header: '人数 Tickets', key: 'count', width: 12 },
  ];
  dist.getRow(1).font = { bold: true };
  for (const b of report.waitDistribution)
    dist.addRow({ range: b.toMin === null ? `${b.fromMin}+` : `${b.fromMin}–${b.toMin}`, count: b.count });
  const a = report.appointments;
  const appts = wb.addWorksheet('预约 Appointments');
  appts.columns = [
    { header: '项目 Figure', key: 'label', width: 34 },
    { header: '预约客户 Booked', key: 'booked', width: 16 },
    { header: '现场客户 Walk-in', key: 'walkIn', width: 16 },
  ];
  appts.getRow(1).font = { bold: true };
  const counts: [string, number | null][] = [
    ['预约数 Bookings', a.bookings],
    ['已取消 Cancelled', a.cancelled],
    ['已签到 Checked in', a.checkedIn],
    ['准时 On time', a.onTime],
    ['迟到 Late', a.late],
    ['未到 Missed', a.missed],
    ['待到 Expected', a.expected],
    ['签到率% Check-in %', a.checkInPct],
    ['准时率% On-time %', a.onTimePct],
  ];
  for (const [label, value] of counts) appts.addRow({ label, booked: value });
  const waits: [string, keyof typeof a.booked][] = [
    ['取号 Tickets', 'tickets'],
    ['平均等待(分) Mean wait (min)', 'meanWaitMin'],
    ['P90等待(分) P90 wait (min)', 'p90WaitMin'],
    ['最长等待(分) Max wait (min)', 'maxWaitMin'],
    ['目标内% Within target %', 'withinTargetPct'],
  ];
  for (const [label, key] of waits) appts.addRow({ label, booked: a.booked[key], walkIn: a.walkIn[key] });
  return wb;
}

function prefixOf(config: BranchConfig, laneId: string): string {
  return config.lanes.find((l) => l.id === laneId)?.prefix ?? laneId;
}
