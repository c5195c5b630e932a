/**
 * A sheet with values far from its table, read through Office.js as the pane reads it: a used range
 * of billions of cells (test/fixtures/far-cells.xlsx, a figure at XFD1048576) is located first with
 * getSpecialCells (ExcelApi 1.9), and the snapshot is the .xlsx reader's; on an older Excel it is
 * refused, naming the used range; a note 20 000 rows below a table is cut off as the .xlsx reader does.
 */
import ExcelJS from 'exceljs';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { describeError } from '../../src/app/describe-error';
import { analyze } from '../../src/core';
import { createExcelOperations, PreconditionError } from '../../src/excel';
import { HeadlessWorkbook } from '../../src/headless';
import { readSnapshot } from '../../src/xlsx';
import { fileBytes, open } from './support/host';

/** Excel reports "no fill" as white; the snapshot from Excel says null for both (see read-workbook.ts). */
function withoutWhiteFills(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: snapshot.sheets.map((sheet): SheetSnapshot => ({
      ...sheet,
      fills: sheet.fills?.map((row) => row.map((fill) => (fill === '#FFFFFF' ? null : fill))),
    })),
  };
}

it('reads a sheet with a value at XFD1048576 as the .xlsx reader does, in two syncs more, never cell by cell', async () => {
  const data = fileBytes('test/fixtures/far-cells.xlsx');
  const { book, ops } = await open(data);
  book.stats.reset();
  const snapshot = await ops.readWorkbook();
  expect(snapshot).toEqual(withoutWhiteFills(await readSnapshot(data)));
  expect(snapshot.sheets[0].farCells?.map((cell) => [cell.row, cell.column, cell.value])).toEqual([
    [19_999, 0, 'Tarkistettu 15.1.2025'],
    [1_048_575, 16_383, 1234.5],
  ]);
  // Sheets, used ranges, where the cells are, the far cells, the main blocks' cells.
  expect(book.stats.syncs).toBe(5);
});

it('on an Excel without getSpecialCells (ExcelApi 1.8) refuses such a sheet, naming its used range, in the user’s language', async () => {
  const book = await HeadlessWorkbook.load(fileBytes('test/fixtures/far-cells.xlsx'), { apiVersion: '1.8' });
  const ops = createExcelOperations(book.host, book.office);
  const failure = await ops.readWorkbook().then(
    () => null,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(PreconditionError);
  expect((failure as PreconditionError).refusal).toEqual({
    reason: 'sheet-too-large',
    sheet: 'Talous',
    range: 'A1:XFD1048576',
  });
  expect(describeError(failure, 'fi')).toMatch(
    /^Välilehden Talous käytetty alue A1:XFD1048576 on liian suuri luettavaksi/,
  );
});

it('cuts a note typed 20 000 rows below the table off the grid, as the .xlsx reader does', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fileBytes('examples/elvo-q4-2024.xlsx') as unknown as ArrayBuffer);
  workbook.getWorksheet('Talous')!.getCell('B20040').value = { formula: 'SUM(C4:C6)', result: 12 } as ExcelJS.CellValue;
  const data = new Uint8Array(await workbook.xlsx.writeBuffer());
  const { ops } = await open(data);
  const [sheet] = (await ops.readWorkbook()).sheets;
  expect(sheet.values).toHaveLength(36);
  expect(sheet.farCells).toEqual([{ row: 20_039, column: 1, value: 12, formula: '=SUM(C4:C6)' }]);
  expect(await ops.readWorkbook()).toEqual(withoutWhiteFills(await readSnapshot(data)));
});

it('counts every far cell of a block too large to read whole, and still names the first', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fileBytes('examples/elvo-q4-2024.xlsx') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Talous')!;
  // Below the table a block of 12 000 cells, so that the sheet's main block is the larger one …
  for (let r = 0; r < 400; r++) sheet.getRow(40 + r).values = Array.from({ length: 30 }, (_, c) => c + 1);
  // … and 110 rows × 100 columns pasted at the bottom of the sheet: 11 000 far cells, more than are read.
  for (let r = 0; r < 110; r++)
    sheet.getRow(1_048_000 + r).values = Array.from({ length: 100 }, (_, c) => r * 100 + c + 1);
  const { ops } = await open(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const snapshot = await ops.readWorkbook();
  const [talous] = snapshot.sheets;
  expect(talous.values).toHaveLength(439);
  expect(talous.farCellCount).toBe(11_000);
  expect(talous.farCells![0]).toEqual({ row: 1_047_999, column: 0, value: 1, formula: null });
  const [far] = analyze(snapshot).findings.filter((finding) => finding.code === 'far-cells');
  expect([far.cell, far.data.count]).toEqual(['A1048000', 11_000]);
});

describe('Range.getSpecialCells on the headless host', () => {
  it('gives the rectangles of the constants, and no formulas as a null object or ItemNotFound', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Talous');
    sheet.addRow(['Yksikkö', 'TA', 'ENN']);
    sheet.addRow(['Kasvupalvelut', 100, 110]);
    sheet.addRow(['Työllisyys', 200]);
    sheet.getCell('F9').value = 'huomio';
    const book = await HeadlessWorkbook.load(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const found = await book.host.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Talous').getUsedRange(true);
      const constants = used.getSpecialCells('Constants').load('address,areaCount,cellCount');
      const formulas = used.getSpecialCellsOrNullObject('Formulas');
      await context.sync();
      return {
        address: constants.address,
        areas: constants.areaCount,
        cells: constants.cellCount,
        none: formulas.isNullObject,
      };
    });
    expect(found).toEqual({ address: 'Talous!A1:C2,Talous!A3:B3,Talous!F9', areas: 3, cells: 9, none: true });
    await expect(
      book.host.run(async (context) => {
        context.workbook.worksheets.getItem('Talous').getUsedRange(true).getSpecialCells('Formulas').load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
