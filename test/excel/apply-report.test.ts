import { analyze } from '../../src/core';
import { planReport } from '../../src/core/report';
import { readExtras } from '../../src/headless/ooxml';
import { createExcelOperations, freeSheetName } from '../../src/excel';
import { HeadlessWorkbook } from '../../src/headless';
import { loadWithExcelJs, workbookDifferences } from './support/compare';
import { fileBytes, open, reopen } from './support/host';
import { reportPlan, summarySheet } from './support/plans';
import { formattedBudget, userSheetNamedLikeReport } from './support/workbooks';

describe('applyReport', () => {
  it('writes the sheets after the user’s own, with values, formulas and formats', async () => {
    const { book, ops } = await open(await formattedBudget());
    const applied = await ops.applyReport(reportPlan);
    expect(applied).toEqual({
      sheets: [
        { key: 'summary', name: 'Yhteenveto' },
        { key: 'strategy', name: 'Strategia' },
      ],
      charts: 3,
    });
    expect(book.sheetNames).toEqual(['Talous 2024', 'Muistiinpanot', 'Yhteenveto', 'Strategia']);
    expect(book.activeSheet).toBe('Yhteenveto');
    const saved = await loadWithExcelJs(await book.save());
    const sheet = saved.getWorksheet('Yhteenveto')!;
    expect(sheet.getCell('A1').value).toBe('SEURANTARAPORTTI Q4/2024');
    expect(sheet.getCell('A1').font).toEqual(expect.objectContaining({ bold: true, size: 14 }));
    expect(sheet.getCell('D4').formula).toBe('C4-B4');
    expect(sheet.getCell('B6').formula).toBe('SUM(B4:B5)');
    expect(sheet.getCell('C5').numFmt).toBe('#,##0.0');
    expect(sheet.getCell('B3').fill).toEqual(expect.objectContaining({ pattern: 'solid', fgColor: expect.objectContaining({ argb: 'FFD9E1F2' }) }));
    expect(sheet.getCell('B3').border?.bottom).toEqual(expect.objectContaining({ style: 'thin' }));
    expect(sheet.getCell('B3').alignment).toEqual(expect.objectContaining({ horizontal: 'center', wrapText: true }));
    expect(sheet.getCell('A6').alignment).toEqual(expect.objectContaining({ vertical: 'top' }));
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', xSplit: 1, ySplit: 3 }));
    expect(sheet.pageSetup).toEqual(expect.objectContaining({ orientation: 'landscape', fitToWidth: 1 }));
    expect(sheet.getColumn(1).width).toBeGreaterThan(sheet.getColumn(2).width ?? 0);
  });

  it('saves native charts with their type, title, series colours, legend and position', async () => {
    const { book, ops } = await open(await formattedBudget());
    await ops.applyReport(reportPlan);
    const { charts } = await readExtras(await book.save());
    expect(charts.map((chart) => [chart.sheet, chart.name, chart.type])).toEqual([
      ['Yhteenveto', 'income-expenses', 'ColumnClustered'],
      ['Yhteenveto', 'margin-deviation', 'BarClustered'],
      ['Strategia', 'strategy-status', 'BarStacked'],
    ]);
    const [incomeExpenses, marginDeviation, strategy] = charts;
    expect(incomeExpenses).toEqual(
      expect.objectContaining({
        title: 'Suunnitelma ja ennuste',
        legend: 'Bottom',
        valueAxisNumberFormat: '#,##0.0',
        from: { row: 2, column: 5 },
        to: { row: 17, column: 12 },
      }),
    );
    expect(incomeExpenses.series.map((series) => [series.name, series.colour, series.categories])).toEqual([
      ['KS+LTA:t', '#595959', ['Kasvu ja oppiminen', 'Elinvoima']],
      ['ENN', '#2F75B5', ['Kasvu ja oppiminen', 'Elinvoima']],
    ]);
    expect(marginDeviation.legend).toBe('None');
    expect(marginDeviation.series[0].pointColours).toEqual(['#2E7D32', '#C62828']);
    expect(strategy.series.map((series) => series.values)).toEqual([
      [3, 4],
      [1, 2],
      [0, 1],
    ]);
  });

  it('gives the report sheet a free variant when a user’s sheet has the planned name, and leaves that sheet alone', async () => {
    const original = await userSheetNamedLikeReport();
    const baseline = await (await open(original)).book.save();
    const { book, ops } = await open(original);
    const applied = await ops.applyReport(reportPlan);
    expect(applied.sheets[0]).toEqual({ key: 'summary', name: 'Yhteenveto (2)' });
    expect(book.sheetNames).toEqual(['Talous', 'Yhteenveto', 'Yhteenveto (2)', 'Strategia']);
    const again = await ops.applyReport(reportPlan);
    expect(again.sheets[0].name).toBe('Yhteenveto (2)');
    // Deleting the report sheets leaves the user's sheets exactly as they were.
    const saved = await loadWithExcelJs(await book.save());
    expect(saved.getWorksheet('Yhteenveto')!.getCell('A1').value).toBe('Oma yhteenvetoni');
    const differences = await workbookDifferences(baseline, await book.save());
    expect(differences).toEqual([expect.stringMatching(/^sheets /)]);
  });

  it('re-applying replaces only the add-in’s sheets, found by their marker after reopening', async () => {
    const first = await open(await userSheetNamedLikeReport());
    await first.ops.applyReport(reportPlan);
    const { book, ops } = await reopen(first.book);
    const reports = await ops.readReportSheets();
    expect(reports.map((report) => [report.key, report.snapshot.name])).toEqual([
      ['summary', 'Yhteenveto (2)'],
      ['strategy', 'Strategia'],
    ]);
    expect(reports[0].snapshot.values[0][0]).toBe('SEURANTARAPORTTI Q4/2024');
    const changed = { ...reportPlan, sheets: [{ ...summarySheet, values: [['SEURANTARAPORTTI Q1/2025']], charts: [], formats: [] }] };
    await ops.applyReport(changed);
    expect(book.sheetNames).toEqual(['Talous', 'Yhteenveto', 'Yhteenveto (2)']);
    const snapshot = await ops.readWorkbook({ sheets: ['Yhteenveto (2)'] });
    expect(snapshot.sheets[0].values).toEqual([['SEURANTARAPORTTI Q1/2025']]);
    expect((await ops.readWorkbook({ skipReportSheets: true })).sheets.map((sheet) => sheet.name)).toEqual(['Talous', 'Yhteenveto']);
  });

  it('replaces a report in a workbook that holds nothing else (Excel keeps one visible sheet)', async () => {
    const book = HeadlessWorkbook.create();
    const ops = createExcelOperations(book.host, book.office);
    await ops.applyReport(reportPlan);
    await book.host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').delete();
      await context.sync();
    });
    await ops.applyReport(reportPlan);
    expect(book.sheetNames).toEqual(['Yhteenveto', 'Strategia']);
    expect((await ops.readReportSheets()).map((report) => report.key)).toEqual(['summary', 'strategy']);
  });

  it('takes three syncs for a first report and five to replace one, whatever the plan', async () => {
    const { book, ops } = await open(await formattedBudget());
    book.stats.reset();
    await ops.applyReport(reportPlan);
    expect(book.stats.syncs).toBe(3);
    book.stats.reset();
    await ops.applyReport(reportPlan);
    // The sheet list, the markers, renaming the old sheets aside; writing (one undo step); deleting the old sheets.
    expect(book.stats.syncs).toBe(5);
  });

  it('inserts the planner’s whole report for the example workbook', async () => {
    const { book, ops } = await open(fileBytes('examples/elvo-q4-2024.xlsx'));
    const analysis = analyze(await ops.readWorkbook({ skipReportSheets: true }));
    const plan = planReport(analysis, { language: 'fi', scale: 'milj' });
    const applied = await ops.applyReport(plan);
    expect(applied.sheets.map((sheet) => sheet.key)).toEqual(plan.sheets.map((sheet) => sheet.key));
    const { charts } = await readExtras(await book.save());
    expect(charts).toHaveLength(applied.charts);
    expect(applied.charts).toBe(plan.sheets.flatMap((sheet) => sheet.charts).length);
    expect(applied.charts).toBe(3);
  });
});

describe('free sheet names', () => {
  it('takes the first free variant, case-insensitively, within 31 characters', () => {
    expect(freeSheetName('Yhteenveto', ['yhteenveto', 'Yhteenveto (2)'])).toBe('Yhteenveto (3)');
    expect(freeSheetName('Poikkeamat', [])).toBe('Poikkeamat');
    const long = 'Toimintakatteen poikkeamat vastuualueittain';
    expect(freeSheetName(long, [long.slice(0, 31)])).toBe('Toimintakatteen poikkeamat (2)');
    expect(freeSheetName('Q4/2024: [raportti]', [])).toBe('Q4-2024- -raportti-');
  });
});
