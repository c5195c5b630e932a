/**
 * The workflows the pane, the ribbon and the CLI share, on the headless host over the example:
 * the same ExcelOperations the add-in uses in Excel, and edits made through the Excel API as a
 * controller's typing would be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRefusal, runCheck, runClearFlags, runFlag, runInsertReport, type Refusal } from '../../src/app/workflows';
import { analyze } from '../../src/core/analyze';
import { readSnapshot } from '../../src/xlsx';
import { commentaryKey } from '../../src/core/report';
import { createExcelOperations } from '../../src/excel';
import { HeadlessWorkbook } from '../../src/headless';

const example = new Uint8Array(readFileSync(join(__dirname, '../../examples/elvo-q4-2024.xlsx')));
const withErrors = new Uint8Array(readFileSync(join(__dirname, '../../examples/elvo-q2-2025-errors.xlsx')));
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures', name)));

async function load(xlsx: Uint8Array = example) {
  const book = await HeadlessWorkbook.load(xlsx);
  return { book, ops: createExcelOperations(book.host, book.office) };
}

/** The outcome of an action that was not refused (the test fails with the reason when it was). */
function done<T extends object>(outcome: T | Refusal): T {
  if (isRefusal(outcome)) throw new Error(`refused: ${outcome.refused}`);
  return outcome;
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
  const { flagged } = done(await runFlag(ops));
  expect(flagged).toBeGreaterThan(0);
  const { removed } = await runClearFlags(ops);
  // The same unit both ways: the cells flagged are the cells whose flags are removed.
  expect(removed).toBe(flagged);
  expect(await ops.readWorkbook()).toEqual(before);
});

test('runInsertReport twice: the second run replaces the report and carries the comment typed in Excel by key', async () => {
  const { book, ops } = await load();
  const first = done(await runInsertReport(ops, { language: 'fi', scale: 'milj' }));
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

  const second = done(await runInsertReport(ops, { language: 'fi', scale: 'milj', withFlags: true }));
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

describe('refusals: nothing changes, and the reason comes back', () => {
  test('on a workbook with no budget table, flagging and the report are refused', async () => {
    const { book, ops } = await load(fixture('no-table.xlsx'));
    const before = await book.save();
    expect(await runFlag(ops)).toMatchObject({ refused: 'no-table' });
    expect(await runInsertReport(ops, { language: 'fi', scale: 'milj', acceptErrors: true })).toMatchObject({
      refused: 'no-table',
    });
    expect(book.sheetNames).toEqual(['Muistiinpanot']);
    expect(await readSnapshot(await book.save())).toEqual(await readSnapshot(before));
  });

  test('colouring statuses alone is refused where there is no table of strategic measures', async () => {
    const { ops } = await load(fixture('costs-negative.xlsx'));
    expect(await runFlag(ops, undefined, new Set(['status']))).toMatchObject({ refused: 'no-strategy' });
  });

  test('flagging one kind colours only that kind', async () => {
    const { ops } = await load();
    const analysis = analyze(await readSnapshot(example));
    const outcome = done(await runFlag(ops, undefined, new Set(['status'])));
    expect(outcome.byKind).toEqual({ deviation: 0, status: 22 });
    expect(outcome.flagged).toBe(22);
    expect(analysis.strategy?.measures.filter((m) => m.status !== null)).toHaveLength(22);
  });

  test('a workbook with errors gets its report only when the errors are accepted', async () => {
    const { book, ops } = await load(withErrors);
    const errors = analyze(await readSnapshot(withErrors)).findings.filter((f) => f.severity === 'error').length;
    const sheets = book.sheetNames;
    expect(await runInsertReport(ops, { language: 'en', scale: 'milj' })).toMatchObject({ refused: 'error-findings', errors });
    expect(book.sheetNames).toEqual(sheets);
    const accepted = done(await runInsertReport(ops, { language: 'en', scale: 'milj', acceptErrors: true }));
    expect(accepted.counts.error).toBe(errors);
    expect(book.sheetNames.length).toBe(sheets.length + 4);
  });

  test("the period is the workbook's own; where it names none, the report is refused until one is given", async () => {
    const { book, ops } = await load(example);
    expect(done(await runInsertReport(ops, { language: 'fi', scale: 'milj' })).period).toEqual({ quarter: 4, year: 2024 });

    const undated = await load(fixture('costs-negative.xlsx'));
    const sheets = undated.book.sheetNames;
    expect(await runInsertReport(undated.ops, { language: 'fi', scale: 'milj' })).toMatchObject({ refused: 'no-period' });
    expect(undated.book.sheetNames).toEqual(sheets);
    const given = done(await runInsertReport(undated.ops, { language: 'fi', scale: 'milj', period: { quarter: 2, year: 2025 } }));
    expect(given.plan.period).toEqual({ quarter: 2, year: 2025 });
    // The command line's documented fallback: the quarter of the date it is given.
    const fallback = await load(fixture('costs-negative.xlsx'));
    const dated = done(
      await runInsertReport(fallback.ops, { language: 'fi', scale: 'milj', today: new Date('2025-08-14T12:00:00Z') }),
    );
    expect(dated.period).toEqual({ quarter: 3, year: 2025 });
    expect(book.sheetNames).toContain('Yhteenveto');
  });
});
