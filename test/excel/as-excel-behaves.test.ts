/**
 * The Excel layer against what real Excel does and the host now plays: undo groups per platform,
 * sheet and workbook protection (refused before anything is written), cell-edit mode, and a write
 * that fails halfway through a report.
 */
import ExcelJS from 'exceljs';
import type { ReportPlan } from '../../src/core/plan';
import { createExcelOperations, PreconditionError } from '../../src/excel';
import { HeadlessWorkbook, type Platform } from '../../src/headless';
import { workbookDifferences } from './support/compare';
import { reportPlan } from './support/plans';
import { formattedBudget } from './support/workbooks';

async function onExcel(options: { platform?: Platform; apiVersion?: string } = {}, data?: Uint8Array) {
  const book = await HeadlessWorkbook.load(data ?? (await formattedBudget()), options);
  return { book, ops: createExcelOperations(book.host, book.office) };
}

const flagsOn = (sheet: string, ...cells: string[]) =>
  cells.map((cell) => ({ sheet, cell, colour: 'red' as const, kind: 'deviation' as const }));

async function protect(book: HeadlessWorkbook, sheet: string, options: Excel.WorksheetProtectionOptions = {}) {
  await book.host.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).protection.protect(options);
    await context.sync();
  });
}

describe('undo groups (ExcelApi 1.20), as the documentation’s table has them per platform', () => {
  it.each<Platform>(['web', 'windows', 'mac'])(
    'replaces an earlier report on Excel on %s, writing it as one undo step',
    async (platform) => {
      const { book, ops } = await onExcel({ platform });
      await ops.applyReport(reportPlan);
      const groups = book.undoGroups;
      await ops.applyReport(reportPlan);
      expect(book.undoGroups).toBe(groups + 1);
      expect(book.sheetNames).toEqual(['Talous 2024', 'Muistiinpanot', 'Yhteenveto', 'Strategia']);
      expect((await ops.readReportSheets()).map((report) => report.key)).toEqual(['summary', 'strategy']);
    },
  );
});

describe('protection, checked before anything is written', () => {
  it('refuses to flag when a sheet to be written is protected, and changes nothing on any sheet', async () => {
    const { book, ops } = await onExcel();
    // Old flags on both sheets: without the check, the first sheet's would be deleted and replaced before the second failed.
    await ops.flag({ flags: [...flagsOn('Muistiinpanot', 'A1'), ...flagsOn('Talous 2024', 'D2', 'D4')] });
    await protect(book, 'Talous 2024');
    const before = await book.save();
    const attempt = ops.flag({ flags: [...flagsOn('Muistiinpanot', 'B2'), ...flagsOn('Talous 2024', 'D3')] });
    await expect(attempt).rejects.toBeInstanceOf(PreconditionError);
    await expect(attempt).rejects.toMatchObject({ refusal: { reason: 'sheet-protected', sheets: ['Talous 2024'] } });
    expect(await workbookDifferences(before, await book.save())).toEqual([]);
    await expect(ops.clearFlags()).rejects.toMatchObject({
      refusal: { reason: 'sheet-protected', sheets: ['Talous 2024'] },
    });
    expect(await workbookDifferences(before, await book.save())).toEqual([]);
  });

  it('flags a protected sheet whose protection allows formatting cells', async () => {
    const { book, ops } = await onExcel();
    await protect(book, 'Talous 2024', { allowFormatCells: true });
    expect(await ops.flag({ flags: flagsOn('Talous 2024', 'D2') })).toEqual({ flagged: 1 });
    expect(await ops.clearFlags()).toEqual({ removed: 1 });
  });

  it('reads the protection a file was saved with (<sheetProtection>)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Talous').getCell('A1').value = 'Yksikkö';
    await workbook.getWorksheet('Talous')!.protect('', {});
    const { ops } = await onExcel({}, new Uint8Array(await workbook.xlsx.writeBuffer()));
    await expect(ops.flag({ flags: flagsOn('Talous', 'A1') })).rejects.toMatchObject({
      refusal: { sheets: ['Talous'] },
    });
  });

  it('refuses to insert or replace the report in a workbook whose structure is protected, before renaming anything', async () => {
    const { book, ops } = await onExcel();
    await ops.applyReport(reportPlan);
    await book.host.run(async (context) => {
      context.workbook.protection.protect();
      await context.sync();
    });
    const before = await book.save();
    await expect(ops.applyReport(reportPlan)).rejects.toMatchObject({ refusal: { reason: 'structure-protected' } });
    expect(book.sheetNames).toEqual(['Talous 2024', 'Muistiinpanot', 'Yhteenveto', 'Strategia']);
    expect(await workbookDifferences(before, await book.save())).toEqual([]);
  });
});

describe('a report whose writing fails halfway', () => {
  it('leaves the earlier report in place under its names, and no half-written sheet', async () => {
    const { book, ops } = await onExcel();
    await ops.applyReport(reportPlan);
    const before = await book.save();
    // A chart type the host does not draw fails the write sync after the new sheets were added.
    const broken = {
      ...reportPlan,
      sheets: reportPlan.sheets.map((sheet, i) =>
        i === reportPlan.sheets.length - 1
          ? { ...sheet, charts: [{ ...reportPlan.sheets[0].charts[0], type: 'Pie' }] }
          : sheet,
      ),
    } as unknown as ReportPlan;
    await expect(ops.applyReport(broken)).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(book.sheetNames).toEqual(['Talous 2024', 'Muistiinpanot', 'Yhteenveto', 'Strategia']);
    expect(await workbookDifferences(before, await book.save())).toEqual([]);
    expect((await ops.readReportSheets()).map((report) => report.key)).toEqual(['summary', 'strategy']);
  });
});

describe('cell-edit mode', () => {
  it('waits while the user edits a cell where Excel can (delayForCellEdit, ExcelApi 1.11), then flags', async () => {
    const { book, ops } = await onExcel();
    book.beginCellEdit();
    let done = false;
    const flagging = ops.flag({ flags: flagsOn('Talous 2024', 'D2') }).then((result) => ((done = true), result));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    book.endCellEdit();
    await expect(flagging).resolves.toEqual({ flagged: 1 });
  });

  it('on an Excel before 1.11 fails with InvalidOperationInCellEditMode before writing anything', async () => {
    const { book, ops } = await onExcel({ apiVersion: '1.10' });
    const before = await book.save();
    book.beginCellEdit();
    await expect(ops.flag({ flags: flagsOn('Talous 2024', 'D2') })).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    book.endCellEdit();
    expect(await workbookDifferences(before, await book.save())).toEqual([]);
  });
});
