/**
 * The workflows the pane, the ribbon and the CLI share, on the headless host over the example:
 * the same ExcelOperations the add-in uses in Excel, and edits made through the Excel API as a
 * controller's typing would be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck, runClearFlags, runFlag, runInsertReport } from '../../src/app/workflows';
import { commentaryKey } from '../../src/core/report';
import { createExcelOperations } from '../../src/excel';
import { HeadlessWorkbook } from '../../src/headless';

const example = new Uint8Array(readFileSync(join(__dirname, '../../examples/elvo-q4-2024.xlsx')));

async function load() {
  const book = await HeadlessWorkbook.load(example);
  return { book, ops: createExcelOperations(book.host, book.office) };
}

test('runCheck: the clean example has no finding, 30 deviations and the seed strategy totals', async () => {
  const { ops } = await load();
  const { analysis, counts } = await runCheck(ops);
  expect(counts).toEqual({ error: 0, warning: 0, info: 0 });
  expect(analysis.deviations).toHaveLength(30);
  expect(analysis.strategy?.total).toEqual({ green: 16, yellow: 6, red: 0 });
  expect(analysis.period).toEqual({ quarter: 4, year: 2024 });
});

test('runFlag then runClearFlags: every flag added is removed again, the cells as they were', async () => {
  const { ops } = await load();
  const before = await ops.readWorkbook();
  const { flagged } = await runFlag(ops);
  expect(flagged).toBeGreaterThan(0);
  const { removed } = await runClearFlags(ops);
  expect(removed).toBeGreaterThan(0);
  expect(await ops.readWorkbook()).toEqual(before);
});

test('runInsertReport twice: the second run replaces the report and carries the comment typed in Excel by key', async () => {
  const { book, ops } = await load();
  const first = await runInsertReport(ops, { language: 'fi', scale: 'milj' });
  expect(first.applied.sheets.map((s) => s.name)).toEqual(['Yhteenveto', 'Poikkeamat', 'Strategia (2)', 'Sanasto']);
  expect(first.applied.charts).toBe(3);
  expect(first.commentary).toEqual({ carried: 0, notCarried: [], previousPeriod: null });
  expect(first.flagged).toBeNull();

  const key = commentaryKey('Elinvoiman palvelualue/Kasvupalvelut', 'margin');
  const shape = first.plan.sheets.find((s) => s.key === 'deviations')!.commentary!;
  // The controller types an explanation on the row of that key, wherever it stands.
  await book.host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Poikkeamat');
    const keys = sheet.getRangeByIndexes(shape.firstRow, shape.keyColumns[0], shape.lastRow - shape.firstRow + 1, 1);
    keys.load('values');
    await context.sync();
    const index = keys.values.findIndex(([value]) => value === key);
    sheet.getRangeByIndexes(shape.firstRow + index, shape.column, 1, 1).values = [['Hankesäästöt 0,45 milj. €.']];
    await context.sync();
  });

  const second = await runInsertReport(ops, { language: 'fi', scale: 'milj', withFlags: true });
  expect(second.commentary).toEqual({ carried: 1, notCarried: [], previousPeriod: { quarter: 4, year: 2024 } });
  expect(second.applied.sheets.map((s) => s.name)).toEqual(['Yhteenveto', 'Poikkeamat', 'Strategia (2)', 'Sanasto']);
  expect(second.flagged).toBeGreaterThan(0);
  expect(book.sheetNames).toEqual(['Talous', 'Strategia', 'Yhteenveto', 'Poikkeamat', 'Strategia (2)', 'Sanasto']);
  const deviations = second.plan.sheets.find((s) => s.key === 'deviations')!;
  const row = deviations.values.find((r) => r[shape.keyColumns[0]] === key)!;
  expect(row[shape.column]).toBe('Hankesäästöt 0,45 milj. €.');
  // The report sheets are not read as budget data: the analysis is the same as before the report.
  expect(second.counts).toEqual({ error: 0, warning: 0, info: 0 });
  expect(second.analysis.deviations).toHaveLength(30);
});
