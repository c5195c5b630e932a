import type { Settings } from '../../src/core/settings';
import { defaultSettings } from '../../src/core/settings';
import { checkRequirements, createExcelOperations, operationRequirements, settingsKey, UnsupportedApiError, type OperationName } from '../../src/excel';
import type { ExcelOperations } from '../../src/excel/types';
import { HeadlessWorkbook } from '../../src/headless';
import { readExtras } from '../../src/headless/ooxml';
import { open, reopen } from './support/host';
import { reportPlan } from './support/plans';
import { formattedBudget } from './support/workbooks';

const settings: Settings = {
  thresholds: { yellow: { relative: 0.03, absolute: 25_000 }, red: { relative: 0.08, absolute: 150_000 } },
  bindingUnits: [{ unit: 'Kasvupalvelut', item: 'expenses' }],
  language: 'sv',
  overrides: [{ sheet: 'Talous 2024', columns: { C: 'forecast' } }],
};

describe('settings in the workbook', () => {
  it('are the defaults in a workbook that has none', async () => {
    const { ops } = await open(await formattedBudget());
    expect(await ops.loadSettings()).toEqual(defaultSettings);
  });

  it('round-trip through saving and reopening the file, stored as JSON under one key', async () => {
    const first = await open(await formattedBudget());
    await first.ops.saveSettings(settings);
    const saved = await first.book.save();
    expect(Object.keys((await readExtras(saved)).settings)).toEqual([settingsKey]);
    const { ops } = await open(saved);
    expect(await ops.loadSettings()).toEqual(settings);
  });

  it('take one sync to load and one to save', async () => {
    const { book, ops } = await open(await formattedBudget());
    book.stats.reset();
    await ops.saveSettings(settings);
    await ops.loadSettings();
    expect(book.stats.syncs).toBe(2);
  });
});

describe('select', () => {
  it('activates the sheet and selects the cell', async () => {
    const { book, ops } = await open(await formattedBudget());
    await ops.select('Muistiinpanot', 'B2');
    expect(book.activeSheet).toBe('Muistiinpanot');
    expect(book.selection).toEqual({ sheet: 'Muistiinpanot', address: 'B2' });
  });

  it('reads back where the selection is, sheet and top-left cell, in one sync', async () => {
    const { book, ops } = await open(await formattedBudget());
    await ops.select('Talous 2024', 'C4:E6');
    book.stats.reset();
    expect(await ops.readSelection()).toEqual({ sheet: 'Talous 2024', row: 3, column: 2 });
    expect(book.stats.syncs).toBe(1);
  });

  it('fails with Excel’s ItemNotFound for a sheet that is gone', async () => {
    const { ops } = await open(await formattedBudget());
    await expect(ops.select('Poistettu', 'A1')).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('requirement sets', () => {
  async function onExcel(apiVersion: string) {
    const book = await HeadlessWorkbook.load(await formattedBudget(), { apiVersion });
    return { book, ops: createExcelOperations(book.host, book.office) };
  }

  it('below the minimum (ExcelApi 1.6) names the missing set and changes nothing', async () => {
    const { book, ops } = await onExcel('1.6');
    expect(checkRequirements(book.office)).toMatchObject({ supported: false, missing: ['ExcelApi 1.7'] });
    await expect(ops.flag({ flags: [] })).rejects.toBeInstanceOf(UnsupportedApiError);
    await expect(ops.readWorkbook()).rejects.toMatchObject({ missing: ['ExcelApi 1.7'] });
    await expect(ops.applyReport(reportPlan)).rejects.toMatchObject({ missing: ['ExcelApi 1.7'] });
    expect(book.stats.syncs).toBe(0);
  });

  it('on the minimum, ExcelApi 1.7, reads without fills and indents, flags, and inserts the report without axis format or page setup', async () => {
    const { book, ops } = await onExcel('1.7');
    const [sheet] = (await ops.readWorkbook()).sheets;
    expect(sheet.values[1][0]).toBe('Kasvupalvelut');
    expect(sheet.fills).toBeUndefined();
    expect(sheet.indents).toBeUndefined();
    const plan = { flags: ['D2', 'D4'].map((cell) => ({ sheet: 'Talous 2024', cell, colour: 'red' as const, kind: 'deviation' as const })) };
    expect(await ops.flag(plan)).toEqual({ flagged: 2 });
    expect(await ops.clearFlags()).toEqual({ removed: 2 });
    await ops.applyReport(reportPlan);
    await ops.applyReport(reportPlan);
    const { charts } = await readExtras(await book.save());
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.map((chart) => chart.valueAxisNumberFormat)).toEqual(charts.map(() => null));
    const { ops: reopened } = await reopen(book);
    expect((await reopened.readReportSheets()).map((report) => report.key)).toEqual(['summary', 'strategy']);
  });

  it('runs every operation on exactly the ExcelApi version it declares (the host refuses newer APIs)', async () => {
    const calls: Record<OperationName, (ops: ExcelOperations) => Promise<unknown>> = {
      readWorkbook: (ops) => ops.readWorkbook(),
      readReportSheets: (ops) => ops.readReportSheets(),
      flag: (ops) => ops.flag({ flags: [{ sheet: 'Talous 2024', cell: 'D2', colour: 'red', kind: 'deviation' }] }),
      clearFlags: (ops) => ops.clearFlags(),
      applyReport: (ops) => ops.applyReport(reportPlan),
      loadSettings: (ops) => ops.loadSettings(),
      saveSettings: (ops) => ops.saveSettings(settings),
      select: (ops) => ops.select('Talous 2024', 'B2'),
      readSelection: (ops) => ops.readSelection(),
    };
    for (const [operation, call] of Object.entries(calls) as [OperationName, (ops: ExcelOperations) => Promise<unknown>][]) {
      const { ops } = await onExcel(operationRequirements[operation].required.split(' ')[1]);
      await expect(call(ops)).resolves.not.toThrow();
    }
  });

  it('groups each changing operation into one undo step where ExcelApi 1.20 is there, and never elsewhere', async () => {
    const current = await onExcel('1.20');
    await current.ops.flag({ flags: [] });
    await current.ops.clearFlags();
    await current.ops.applyReport(reportPlan);
    await current.ops.readWorkbook();
    expect(current.book.undoGroups).toBe(3);
    const older = await onExcel('1.19');
    await older.ops.flag({ flags: [] });
    expect(older.book.undoGroups).toBe(0);
  });
});
