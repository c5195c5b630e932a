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
import { parseRangeA1, planFlags, type Analysis } from '../../src/core';
import { commentaryKey } from '../../src/core/report';
import { createExcelOperations, flagMarker } from '../../src/excel';
import { HeadlessWorkbook } from '../../src/headless';
import { conditionalFormatsOf, loadWithExcelJs, workbookDifferences } from '../excel/support/compare';

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

/** The add-in's flag rules in a saved workbook, per sheet, as ExcelJS (not the host) reads them. */
async function savedFlagRules(data: Uint8Array): Promise<Record<string, { rules: number; cells: number }>> {
  const workbook = await loadWithExcelJs(data);
  const found: Record<string, { rules: number; cells: number }> = {};
  for (const sheet of workbook.worksheets) {
    const flags = conditionalFormatsOf(sheet).filter((format) => JSON.stringify(format.rules).includes(flagMarker));
    if (flags.length === 0) continue;
    const areas = flags.flatMap((format) => format.ref.split(' ').map((ref) => parseRangeA1(ref)!));
    const cells = areas.reduce((sum, area) => sum + (area.bottom - area.top + 1) * (area.right - area.left + 1), 0);
    found[sheet.name] = { rules: flags.length, cells };
  }
  return found;
}

/** The cells the engine plans to flag for an analysis: what a flag run must report. */
function flaggedCells(analysis: Analysis): number {
  return new Set(planFlags(analysis).flags.map((flag) => `${flag.sheet}!${flag.cell}`)).size;
}

test('runFlag then runClearFlags: the saved workbook gets the flags, then is as it was, values and formats', async () => {
  const { book, ops } = await load();
  const baseline = await book.save();
  const { flagged, analysis } = done(await runFlag(ops));
  expect(flagged).toBe(flaggedCells(analysis));
  const withFlags = await book.save();
  // The comparison sees flags: the flagged workbook differs in its conditional formats only.
  expect(await workbookDifferences(baseline, withFlags)).toEqual([
    expect.stringContaining('Talous conditional formats'),
    expect.stringContaining('Strategia conditional formats'),
  ]);
  const rules = await savedFlagRules(withFlags);
  expect(Object.keys(rules)).toEqual(['Talous', 'Strategia']);
  const { removed } = await runClearFlags(ops);
  expect(rules.Talous.cells + rules.Strategia.cells).toBe(flagged);
  // The same unit both ways: the cells flagged are the cells whose flags are removed.
  expect(removed).toBe(flagged);
  const after = await book.save();
  expect(await savedFlagRules(after)).toEqual({});
  expect(await workbookDifferences(baseline, after)).toEqual([]);
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
  expect(second.flagged).toBe(flaggedCells(second.analysis));
  expect(book.sheetNames).toEqual(['Talous', 'Strategia', 'Yhteenveto', 'Poikkeamat', 'Strategia (2)', 'Sanasto']);
  const deviations = second.plan.sheets.find((s) => s.key === 'deviations')!;
  const row = deviations.values.find((r) => r[shape.keyColumns[0]] === key)!;
  expect(row[shape.column]).toBe('Hankesäästöt 0,45 milj. €.');
  // …and stands in the saved workbook, on that key's row, with the flags the second run asked for.
  const saved = await loadWithExcelJs(await book.save());
  const sheet = saved.getWorksheet('Poikkeamat')!;
  const savedRow = deviations.values.indexOf(row) + 1; // the plan's rows start at row 1
  expect(sheet.getCell(savedRow, shape.keyColumns[0] + 1).value).toBe(key);
  expect(sheet.getCell(savedRow, shape.column + 1).value).toBe('Hankesäästöt 0,45 milj. €.');
  expect(Object.keys(await savedFlagRules(await book.save()))).toEqual(['Talous', 'Strategia']);
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
