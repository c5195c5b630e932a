/**
 * Cells in 2-D arrays: reading a rectangle of an ExcelJS sheet as Office's Range properties read,
 * and writing Office's arrays back. No per-cell objects: one pass over the rows that exist.
 */
import ExcelJS from 'exceljs';
import { type CellValue, type FarCell, type SheetSnapshot, isCellError } from '../core';
import type { SheetModel } from './book';
import type { Rect } from './address';
import { fromExcelColour } from './colours';
import { cellSnapshot } from './cell-snapshot';

export type OfficeScalar = string | number | boolean;
export type ValueTypeName = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

/** Range properties that come from cell contents. */
export type GridProperty = 'values' | 'formulas' | 'numberFormat' | 'valueTypes' | 'text';

export function officeValue(value: CellValue): OfficeScalar {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  return value;
}

export function valueTypeOf(value: CellValue): ValueTypeName {
  if (value === null) return 'Empty';
  if (isCellError(value)) return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

/** Range.text: what the cell shows. The host does not render number formats: numbers as JavaScript prints them. */
function textOf(value: CellValue): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function findCell(ws: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell | undefined {
  return ws.findRow(row + 1)?.findCell(column + 1);
}

/** Reads the properties asked for, each as a rows × columns array, in one pass. */
export function readGrid(
  sheet: SheetModel,
  rect: Rect,
  properties: readonly GridProperty[],
): Partial<Record<GridProperty, OfficeScalar[][]>> {
  if (sheet.packaged) return readPackagedGrid(sheet.packagedCells.snapshot, rect, properties);
  const ws = sheet.ws;
  const result: Partial<Record<GridProperty, OfficeScalar[][]>> = {};
  for (const property of properties) result[property] = [];
  const width = rect.right - rect.left + 1;
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = ws.findRow(r + 1);
    const lines = properties.map(() => new Array<OfficeScalar>(width));
    for (let c = 0; c < width; c++) {
      const cell = row?.findCell(rect.left + c + 1);
      if (!cell) {
        properties.forEach((property, i) => {
          lines[i][c] = property === 'numberFormat' ? 'General' : property === 'valueTypes' ? 'Empty' : '';
        });
        continue;
      }
      const snapshot = cellSnapshot(cell);
      properties.forEach((property, i) => {
        switch (property) {
          case 'values':
            lines[i][c] = officeValue(snapshot.value);
            break;
          case 'formulas':
            lines[i][c] = snapshot.formula ?? officeValue(snapshot.value);
            break;
          case 'numberFormat':
            lines[i][c] = snapshot.numberFormat;
            break;
          case 'valueTypes':
            lines[i][c] = valueTypeOf(snapshot.value);
            break;
          case 'text':
            lines[i][c] = textOf(snapshot.value);
            break;
        }
      });
    }
    properties.forEach((property, i) => result[property]?.push(lines[i]));
  }
  return result;
}

/** The far cells of a snapshot (core/far-cells.ts) by position, so that the host answers for them as Excel does. */
const farCellsBySnapshot = new WeakMap<SheetSnapshot, Map<number, FarCell>>();
const farKey = (row: number, column: number) => row * 16_384 + column;

function farCellAt(snapshot: SheetSnapshot, row: number, column: number): FarCell | undefined {
  if (!snapshot.farCells) return undefined;
  let cells = farCellsBySnapshot.get(snapshot);
  if (!cells) {
    cells = new Map(snapshot.farCells.map((cell) => [farKey(cell.row, cell.column), cell]));
    farCellsBySnapshot.set(snapshot, cells);
  }
  return cells.get(farKey(row, column));
}

/** The same reading from the snapshot of a sheet still in the input package. */
function readPackagedGrid(
  snapshot: SheetSnapshot,
  rect: Rect,
  properties: readonly GridProperty[],
): Partial<Record<GridProperty, OfficeScalar[][]>> {
  const result: Partial<Record<GridProperty, OfficeScalar[][]>> = {};
  const width = rect.right - rect.left + 1;
  const { origin } = snapshot;
  for (const property of properties) {
    const lines: OfficeScalar[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const at = r - origin.row;
      const values = snapshot.values[at];
      const line = new Array<OfficeScalar>(width);
      for (let c = 0; c < width; c++) {
        const column = rect.left + c - origin.column;
        const far = values?.[column] === undefined ? farCellAt(snapshot, r, rect.left + c) : undefined;
        const value = far ? far.value : (values?.[column] ?? null);
        switch (property) {
          case 'values':
            line[c] = officeValue(value);
            break;
          case 'formulas':
            line[c] = (far ? far.formula : snapshot.formulas?.[at]?.[column]) ?? officeValue(value);
            break;
          case 'numberFormat':
            line[c] = snapshot.numberFormats?.[at]?.[column] ?? 'General';
            break;
          case 'valueTypes':
            line[c] = valueTypeOf(value);
            break;
          case 'text':
            line[c] = textOf(value);
            break;
        }
      }
      lines.push(line);
    }
    result[property] = lines;
  }
  return result;
}

/** A packaged sheet's fill colour and indent of a cell: the two format properties its snapshot keeps. */
export function packagedFormat(
  sheet: SheetModel,
  row: number,
  column: number,
): { fillColor: string; indentLevel: number } {
  const { snapshot } = sheet.packagedCells;
  const r = row - snapshot.origin.row;
  const c = column - snapshot.origin.column;
  return {
    // Excel reads an unfilled cell as white.
    fillColor: snapshot.fills?.[r]?.[c] ?? '#FFFFFF',
    indentLevel: snapshot.indents?.[r]?.[c] ?? 0,
  };
}

/** The per-cell format Office's getCellProperties reports, for the parts the host models. */
export interface CellFormatReading {
  fillColor: string;
  fillPattern: 'None' | 'Solid' | 'Other';
  indentLevel: number;
  bold: boolean;
  italic: boolean;
  fontColor: string;
  fontSize: number;
  fontName: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
}

const horizontalNames: Record<string, string> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerContinuous: 'CenterAcrossSelection',
  distributed: 'Distributed',
};
const verticalNames: Record<string, string> = {
  top: 'Top',
  middle: 'Center',
  bottom: 'Bottom',
  justify: 'Justify',
  distributed: 'Distributed',
};

export function readFormat(cell: ExcelJS.Cell | undefined): CellFormatReading {
  const style: Partial<ExcelJS.Style> = cell?.style ?? {};
  const fill = style.fill;
  const snapshotFill = cell ? cellSnapshot(cell).fill : null;
  const pattern = fill && fill.type === 'pattern' ? fill.pattern : 'none';
  return {
    // Excel reads an unfilled cell as white.
    fillColor: snapshotFill ?? '#FFFFFF',
    fillPattern: pattern === 'none' ? 'None' : pattern === 'solid' ? 'Solid' : 'Other',
    indentLevel: style.alignment?.indent ?? 0,
    bold: style.font?.bold === true,
    italic: style.font?.italic === true,
    fontColor: fromExcelColour(style.font?.color) ?? '#000000',
    fontSize: style.font?.size ?? 11,
    fontName: style.font?.name ?? 'Calibri',
    horizontalAlignment: horizontalNames[style.alignment?.horizontal ?? ''] ?? 'General',
    verticalAlignment: verticalNames[style.alignment?.vertical ?? ''] ?? 'Bottom',
    wrapText: style.alignment?.wrapText === true,
  };
}

/**
 * Replaces a cell's style with a changed copy. ExcelJS shares one style object between all cells
 * loaded with the same style id, so a style is never mutated in place.
 */
export function restyle(cell: ExcelJS.Cell, change: (style: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>): void {
  cell.style = change({ ...cell.style }) as ExcelJS.Style;
}

/**
 * restyle with one change for many cells: cells whose style was the same object (or empty) get the
 * same new object, so ExcelJS, which remembers the style ids of the objects it has written, writes
 * each distinct style once instead of serialising it again for every cell.
 */
export function restyler(
  change: (style: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>,
): (cell: ExcelJS.Cell) => void {
  const done = new Map<object | 'empty', Partial<ExcelJS.Style>>();
  return (cell) => {
    const before: Partial<ExcelJS.Style> = cell.style ?? {};
    const key = Object.keys(before).length === 0 ? 'empty' : before;
    let after = done.get(key);
    if (!after) {
      after = change({ ...before });
      done.set(key, after);
    }
    cell.style = after as ExcelJS.Style;
  };
}

export function cellAt(ws: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell {
  return ws.getRow(row + 1).getCell(column + 1);
}

/** The cell of an ExcelJS row at a 0-based column, created when missing (for writes only). */
export function cellOfRow(row: ExcelJS.Row, column: number): ExcelJS.Cell {
  return row.getCell(column + 1);
}

/** Each cell of the rectangle, created when missing (for writes only). */
export function forEachCell(
  ws: ExcelJS.Worksheet,
  rect: Rect,
  visit: (cell: ExcelJS.Cell, row: number, column: number) => void,
): void {
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = ws.getRow(r + 1);
    for (let c = rect.left; c <= rect.right; c++) visit(row.getCell(c + 1), r, c);
  }
}

/**
 * The cells of `rect` holding a constant (a value, no formula) or a formula, as rectangles: each
 * row's runs of such cells, a run joined to the one above it where both span the same columns.
 * What Range.getSpecialCells answers, for a packaged sheet (its grid and far cells) as for a loaded one.
 */
export function specialCellAreas(sheet: SheetModel, rect: Rect, kind: 'constant' | 'formula'): Rect[] {
  const columnsByRow = new Map<number, number[]>();
  const note = (row: number, column: number, value: CellValue, formula: string | null | undefined) => {
    if (row < rect.top || row > rect.bottom || column < rect.left || column > rect.right) return;
    const isFormula = formula !== null && formula !== undefined;
    if (kind === 'formula' ? !isFormula : isFormula || value === null) return;
    let columns = columnsByRow.get(row);
    if (!columns) columnsByRow.set(row, (columns = []));
    columns.push(column);
  };
  if (sheet.packaged) {
    const { snapshot } = sheet.packagedCells;
    snapshot.values.forEach((values, r) =>
      values.forEach((value, c) =>
        note(snapshot.origin.row + r, snapshot.origin.column + c, value, snapshot.formulas?.[r]?.[c]),
      ),
    );
    for (const far of snapshot.farCells ?? []) note(far.row, far.column, far.value, far.formula);
  } else {
    sheet.ws.eachRow({ includeEmpty: false }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const snapshot = cellSnapshot(cell);
        note(rowNumber - 1, columnNumber - 1, snapshot.value, snapshot.formula);
      }),
    );
  }
  const areas: Rect[] = [];
  let above: Rect[] = [];
  for (const row of [...columnsByRow.keys()].sort((a, b) => a - b)) {
    const columns = columnsByRow.get(row)!.sort((a, b) => a - b);
    const runs: Rect[] = [];
    for (const column of columns) {
      const last = runs.at(-1);
      if (last && column === last.right + 1) runs[runs.length - 1] = { ...last, right: column };
      else if (!last || column > last.right) runs.push({ top: row, bottom: row, left: column, right: column });
    }
    const next: Rect[] = [];
    for (const run of runs) {
      const index = above.findIndex(
        (area) => area.bottom === row - 1 && area.left === run.left && area.right === run.right,
      );
      if (index >= 0) {
        const grown = { ...above[index], bottom: row };
        areas[areas.indexOf(above[index])] = grown;
        next.push(grown);
      } else {
        areas.push(run);
        next.push(run);
      }
    }
    above = next;
  }
  return areas;
}
