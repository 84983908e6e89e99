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
    const buffer = await (await buildReportWorkbook(report, demoBranchConfig(), { u1: '张三' })).xlsx.writeBuffer();
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
    ]);
    const lanes = wb.getWorksheet('按队列 By lane');
    const laneA = lanes?.getRow(2);
    expect(laneA?.getCell(1).value).toBe('A');
    expect(laneA?.getCell(2).value).toBe('个人业务 Personal banking');
    expect(laneA?.getCell(3).value).toBe(4); // issued
    expect(laneA?.getCell(8).value).toBe(16.5); // mean wait
    const teller = wb.getWorksheet('按柜员 By teller')?.getRow(2);
    expect(teller?.getCell(2).value).toBe('张三');
  });
});
