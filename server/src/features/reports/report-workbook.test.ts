import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { demoBranchConfig } from '../../seed/demo-config.ts';
import { buildBranchReport } from './report-figures.ts';
import { FIXTURE_DATE, FIXTURE_TARGETS, FIXTURE_TZ, fixtureRatings, fixtureTickets } from './report-fixture-day.ts';
import { buildReportWorkbook } from './report-workbook.ts';

describe('report workbook', () => {
  it('writes every table and reads back the same figures', async () => {
    const report = buildBranchReport({
      from: FIXTURE_DATE,
      to: FIXTURE_DATE,
      tickets: fixtureTickets(),
      ratings: fixtureRatings(),
      targetWaitMin: FIXTURE_TARGETS,
      timeZone: FIXTURE_TZ,
    });
    const buffer = await (
      await buildReportWorkbook(report, demoBranchConfig(), {
        u1: { name: '张三', staffNo: '1001' },
        u2: { name: '李四', staffNo: '1002' },
      })
    ).xlsx.writeBuffer();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '汇总 Summary',
      '按日 By day',
      '按小时 By hour',
      '按队列 By lane',
      '按业务 By business type',
      '按窗口 By counter',
      '按柜员 By teller',
      '等待分布 Wait distribution',
      '预约 Appointments',
    ]);
    const lanes = wb.getWorksheet('按队列 By lane');
    const laneA = lanes?.getRow(2);
    expect(laneA?.getCell(1).value).toBe('个人业务 Personal banking');
    expect(laneA?.getCell(2).value).toBe('A');
    expect(laneA?.getCell(3).value).toBe(4); // issued
    expect(laneA?.getCell(8).value).toBe(16.5); // mean wait
    // People and business types by name (and 工号): never the internal ids (19.23).
    const column = (sheet: string, col: number) =>
      (wb.getWorksheet(sheet)?.getColumn(col).values ?? []).filter((v) => v !== undefined).slice(1);
    expect(wb.getWorksheet('按柜员 By teller')?.getRow(1).getCell(2).value).toBe('工号 Staff no.');
    expect(column('按柜员 By teller', 1)).toEqual(['张三', '李四']);
    expect(column('按柜员 By teller', 2)).toEqual(['1001', '1002']);
    const config = demoBranchConfig();
    for (const [sheet, list] of [
      ['按业务 By business type', config.businessTypes],
      ['按窗口 By counter', config.counters],
    ] as const) {
      const names = new Set(list.map((b) => `${b.name.zh} ${b.name.en}`));
      const shown = column(sheet, 1);
      expect(shown.length).toBeGreaterThan(0);
      for (const name of shown) expect(names.has(String(name))).toBe(true);
    }
    // Booked vs walk-in waits side by side (no bookings in this day: all walk-ins).
    const appts = wb.getWorksheet('预约 Appointments');
    const meanWait = appts?.getRows(2, 20)?.find((r) => r.getCell(1).value === '平均等待(分) Mean wait (min)');
    expect(meanWait?.getCell(3).value).toBe(report.appointments.walkIn.meanWaitMin);
    expect(meanWait?.getCell(2).value ?? null).toBe(report.appointments.booked.meanWaitMin);
  });
});
