/**
 * Two saved workbooks compared cell by cell with ExcelJS (a reader independent of the host's
 * writer): values, formulas, number formats, fills, fonts, alignment, borders, column widths and
 * the sheets' conditional formats. Returns the differences, so a failing test names them.
 */
import ExcelJS from 'exceljs';

export async function loadWithExcelJs(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

function cellState(cell: ExcelJS.Cell): string {
  return JSON.stringify({
    value: cell.value,
    formula: cell.formula ?? null,
    numFmt: cell.numFmt ?? null,
    fill: cell.fill ?? null,
    font: cell.font ?? null,
    alignment: cell.alignment ?? null,
    border: cell.border ?? null,
  });
}

export async function workbookDifferences(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const [a, b] = await Promise.all([loadWithExcelJs(before), loadWithExcelJs(after)]);
  const differences: string[] = [];
  const names = (book: ExcelJS.Workbook) => book.worksheets.map((sheet) => sheet.name);
  if (JSON.stringify(names(a)) !== JSON.stringify(names(b))) differences.push(`sheets ${names(a)} ≠ ${names(b)}`);
  for (const sheetA of a.worksheets) {
    const sheetB = b.getWorksheet(sheetA.name);
    if (!sheetB) continue;
    const rows = Math.max(sheetA.rowCount, sheetB.rowCount);
    const columns = Math.max(sheetA.columnCount, sheetB.columnCount);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= columns; c++) {
        const stateA = cellState(sheetA.getCell(r, c));
        const stateB = cellState(sheetB.getCell(r, c));
        if (stateA !== stateB) differences.push(`${sheetA.name}!${sheetA.getCell(r, c).address}: ${stateA} ≠ ${stateB}`);
      }
    }
    for (let c = 1; c <= columns; c++) {
      const widthA = sheetA.getColumn(c).width ?? null;
      const widthB = sheetB.getColumn(c).width ?? null;
      if (widthA !== widthB) differences.push(`${sheetA.name} column ${c} width ${widthA} ≠ ${widthB}`);
    }
    const formatsA = JSON.stringify(conditionalFormatsOf(sheetA));
    const formatsB = JSON.stringify(conditionalFormatsOf(sheetB));
    if (formatsA !== formatsB) differences.push(`${sheetA.name} conditional formats ${formatsA} ≠ ${formatsB}`);
  }
  return differences;
}

/** ExcelJS keeps a sheet's conditional formats in a field its typings do not declare. */
export function conditionalFormatsOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
}
