/**
 * Reads an .xlsx file into the engine's snapshot, in Node and in the browser. The data is
 * only read: nothing here can write the user's file.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { cellSnapshot, type CellSnapshot } from './cell';
import { classifyContainer, XlsxReadError } from './errors';

export async function readSnapshot(data: Uint8Array | ArrayBuffer): Promise<WorkbookSnapshot> {
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
  } catch (error) {
    throw classifyLoadFailure(error);
  }
  if (workbook.worksheets.length === 0) throw new XlsxReadError('not-xlsx', 'a zip package with no worksheets');
  return workbook;
}

function classifyLoadFailure(error: unknown): XlsxReadError {
  const message = error instanceof Error ? error.message : String(error);
  // ExcelJS reads any zip; a package without a workbook part (a .docx, a plain zip) fails on it.
  if (/workbook|Cannot read propert|is not a function|undefined/i.test(message)) {
    return new XlsxReadError('not-xlsx', message);
  }
  return new XlsxReadError('corrupt', message);
}

interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly snapshot: CellSnapshot;
}

/** The used range of a sheet: every cell with a value, a formula or a fill (a status may be a colour alone). */
export function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const cells: PlacedCell[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const snapshot = cellSnapshot(cell);
      if (snapshot.value === null && snapshot.formula === null && snapshot.fill === null) return;
      const placed = { row: rowNumber - 1, column: columnNumber - 1, snapshot };
      cells.push(placed);
      if (placed.row < top) top = placed.row;
      if (placed.row > bottom) bottom = placed.row;
      if (placed.column < left) left = placed.column;
      if (placed.column > right) right = placed.column;
    });
  });
  if (cells.length === 0) {
    return { name: worksheet.name, origin: { row: 0, column: 0 }, values: [], formulas: [], numberFormats: [], indents: [], fills: [] };
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  const grid = <T>(empty: T): T[][] => Array.from({ length: height }, () => new Array<T>(width).fill(empty));
  const values = grid<CellValue>(null);
  const formulas = grid<string | null>(null);
  const numberFormats = grid('General');
  const indents = grid(0);
  const fills = grid<string | null>(null);
  for (const { row, column, snapshot } of cells) {
    const r = row - top;
    const c = column - left;
    values[r][c] = snapshot.value;
    formulas[r][c] = snapshot.formula;
    numberFormats[r][c] = snapshot.numberFormat;
    indents[r][c] = snapshot.indent;
    fills[r][c] = snapshot.fill;
  }
  return { name: worksheet.name, origin: { row: top, column: left }, values, formulas, numberFormats, indents, fills };
}
