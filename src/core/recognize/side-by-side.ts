/**
 * Side-by-side tables: two tables on the same rows of a sheet, left and right, each with its
 * own label column and figure columns ('Sivistyslautakunta | TA | Toteutuma' beside 'Tekninen
 * lautakunta | TA | Toteutuma'). They are two tables: the sheet is cut between them, and each
 * part is read as a sheet of its own, so that no right-hand name is ever paired with left-hand
 * figures.
 */
import type { CellValue, SheetSnapshot } from '../snapshot';
import type { Header } from './header';
import { lineOfLabel } from './line-labels';
import { structureRoleOf } from './structure-labels';

const sampleRows = 2000;

/** Where the sheet is cut (local column where the right table starts), or null when its header holds one table. */
export function sideBySideCut(sheet: SheetSnapshot, header: Header): number | null {
  const { values } = sheet;
  const figureColumns = header.cells.map((cell) => cell.column).sort((a, b) => a - b);
  if (figureColumns.length < 2) return null;
  const first = figureColumns[0];
  const headerRow = values[header.labelRow];
  const last = Math.min(values.length, header.firstDataRow + sampleRows);
  for (let i = 0; i + 1 < figureColumns.length; i++) {
    for (let c = figureColumns[i] + 1; c < figureColumns[i + 1]; c++) {
      // A column of lines (or of units) between figure columns is the label column of a second table.
      if (holdsLines(values, header.firstDataRow, last, c) || isUnitHeader(headerRow[c])) {
        return hasLabelsLeftOf(values, header.firstDataRow, last, first) ? c : null;
      }
    }
  }
  return null;
}

function holdsLines(values: readonly (readonly CellValue[])[], from: number, to: number, column: number): boolean {
  for (let r = from; r < to; r++) {
    const value = values[r][column];
    if (typeof value === 'string' && lineOfLabel(value) !== null) return true;
  }
  return false;
}

function isUnitHeader(value: CellValue | undefined): boolean {
  return typeof value === 'string' && structureRoleOf(value) === 'unit';
}

function hasLabelsLeftOf(values: readonly (readonly CellValue[])[], from: number, to: number, column: number): boolean {
  for (let r = from; r < to; r++) {
    for (let c = 0; c < column; c++)
      if (typeof values[r][c] === 'string' && String(values[r][c]).trim() !== '') return true;
  }
  return false;
}

/** The columns [from, to) of a sheet as a sheet of their own, at their place on the sheet. */
export function sliceColumns(sheet: SheetSnapshot, from: number, to: number): SheetSnapshot {
  const cut = <T>(rows: readonly (readonly T[])[] | undefined): T[][] | undefined =>
    rows?.map((row) => row.slice(from, to));
  return {
    ...sheet,
    origin: { row: sheet.origin.row, column: sheet.origin.column + from },
    values: cut(sheet.values) as CellValue[][],
    ...(sheet.formulas ? { formulas: cut(sheet.formulas) } : {}),
    ...(sheet.numberFormats ? { numberFormats: cut(sheet.numberFormats) } : {}),
    ...(sheet.indents ? { indents: cut(sheet.indents) } : {}),
    ...(sheet.fills ? { fills: cut(sheet.fills) } : {}),
  };
}
