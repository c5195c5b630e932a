/**
 * What the engine sees of a workbook: the used range of each sheet, cell by cell.
 * Office.js (range.values / formulas / numberFormat / getCellProperties) and an .xlsx
 * reader can both produce it, so the engine never depends on either.
 */

/** An Excel error value, spelled as Excel shows it: '#REF!', '#DIV/0!', '#N/A', '#VALUE!', … */
export interface CellError {
  readonly error: string;
}

/** null is an empty cell. A formula cell holds its cached result. */
export type CellValue = number | string | boolean | CellError | null;

import type { ReportSheetKey } from './plan';

export interface SheetSnapshot {
  readonly name: string;
  /** Set when the sheet is one of the add-in's own report sheets (it carries the marker of core/report-markers). */
  readonly reportSheet?: ReportSheetKey;
  /** 0-based row and column of the used range's top-left cell on the sheet. */
  readonly origin: { readonly row: number; readonly column: number };
  /** values[r][c] is the cell at (origin.row + r, origin.column + c). All rows have the same length. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text ('=SUM(B2:B5)') where the cell holds a formula, else null. Absent when the source cannot tell. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Excel number format codes ('General', '#,##0.0'). Absent when the source cannot tell. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** Indent level of each cell (0 when none). Absent when the source cannot tell. */
  readonly indents?: readonly (readonly number[])[];
  /** Solid fill colour of each cell as '#RRGGBB' (upper case), null when none. Absent when the source cannot tell. */
  readonly fills?: readonly (readonly (string | null)[])[];
  /**
   * Cells holding a value that the reader left out of the grid because they stand far beyond the
   * rest of the sheet (see far-cells.ts): the grid is the sheet up to them. Absent when there are none.
   */
  readonly farCells?: readonly FarCell[];
  /** How many far cells there are, where more than farCells lists (a reader reads at most so many). */
  readonly farCellCount?: number;
  /** Set when the workbook counts dates from 1904 (Excel for Mac's old default): a date's serial is 1462 days less. */
  readonly date1904?: true;
}

/** A cell with a value or a formula far beyond the rest of its sheet, at its 0-based row and column. */
export interface FarCell {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  readonly formula: string | null;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}
