/**
 * The snapshot through ExcelJS's full load: what a sheet loaded into the headless host holds, and
 * the reference the fast reader (read-snapshot.ts) is tested against.
 */
import ExcelJS from 'exceljs';
import { type SheetSnapshot, type WorkbookSnapshot } from '../core';
import { cellSnapshot } from './cell';
import { classifyContainer, classifyZipBytes, XlsxReadError } from './errors';
import { CellCollector } from './grid';

/** The same snapshot through ExcelJS's full load: what the headless host sees; the reference the fast reader is tested against. */
export async function readSnapshotWithExcelJs(data: Uint8Array | ArrayBuffer): Promise<WorkbookSnapshot> {
  const workbook = await loadWorkbook(data);
  return { sheets: workbook.worksheets.map(sheetSnapshot) };
}

/** Loads the workbook with ExcelJS, turning every way it can fail into an XlsxReadError. */
export async function loadWorkbook(data: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const container = classifyContainer(bytes);
  if (container !== 'zip') throw container;
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; it reads any Uint8Array (through JSZip).
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // ExcelJS reads any zip and fails somewhere inside on one that is no .xlsx: the package says why.
    throw await classifyZipBytes(bytes);
  }
  if (workbook.worksheets.length === 0) {
    // ExcelJS also "loads" an .xlsb or .ods as a workbook without sheets.
    const reason = await classifyZipBytes(bytes);
    throw reason.reason === 'corrupt'
      ? new XlsxReadError('no-worksheets', 'a workbook without worksheets (chart sheets only)')
      : reason;
  }
  return workbook;
}

/** The used range of an ExcelJS worksheet: every cell with a value, a formula or a fill (a status may be a colour alone). */
export function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const cells = new CellCollector();
  // Every row: ExcelJS counts a row holding only a filled empty cell as empty, and a fill may be a status.
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const snapshot = cellSnapshot(cell);
      if (snapshot.value === null && snapshot.formula === null && snapshot.fill === null) return;
      cells.add(rowNumber - 1, columnNumber - 1, snapshot);
    });
  });
  return cells.grid(worksheet.name);
}
