/** The used range of a sheet as the snapshot's row-major grids, from the cells that hold something. */
import { farColumnGap, farRowGap, mainSpan, type CellValue, type FarCell, type SheetSnapshot } from '../core';
import type { CellSnapshot } from './cell';

/** An inclusive 0-based rectangle of cells. */
export interface Extent {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

class ExtentTracker {
  private top = Infinity;
  private left = Infinity;
  private bottom = -1;
  private right = -1;

  add(row: number, column: number): void {
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (column < this.left) this.left = column;
    if (column > this.right) this.right = column;
  }

  get extent(): Extent | null {
    return this.bottom < 0 ? null : { top: this.top, left: this.left, bottom: this.bottom, right: this.right };
  }
}

/** The cells read of one row, by absolute column; the other fields only once a cell differs from the default. */
class RowCells {
  readonly values: (CellValue | undefined)[] = [];
  /** How many cells of the row were read. */
  count = 0;
  formulas: (string | null | undefined)[] | null = null;
  numberFormats: (string | undefined)[] | null = null;
  indents: (number | undefined)[] | null = null;
  fills: (string | null | undefined)[] | null = null;
}

/**
 * Collects the cells of a sheet as they are read, straight into one array of values per row (a
 * large sheet has millions of cells: no object is kept per cell, and no flat copy of the sheet is
 * made to be thrown away, which is seconds less of garbage collection). Formulas, formats, indents
 * and fills get a row's array only where a cell of the row has one.
 */
export class CellCollector {
  private readonly lines: (RowCells | undefined)[] = [];
  /** How many cells of each column were read. */
  private readonly columnCounts: (number | undefined)[] = [];
  private readonly cellExtent = new ExtentTracker();
  private readonly valueExtent = new ExtentTracker();
  private readonly styleExtent = new ExtentTracker();

  /** Counts a cell towards Office's used ranges: by values, and by values or styles. */
  note(row: number, column: number, hasValue: boolean, hasStyle: boolean): void {
    if (hasValue) this.valueExtent.add(row, column);
    if (hasValue || hasStyle) this.styleExtent.add(row, column);
  }

  get usedByValues(): Extent | null {
    return this.valueExtent.extent;
  }

  get usedByValuesOrStyles(): Extent | null {
    return this.styleExtent.extent;
  }

  add(row: number, column: number, snapshot: CellSnapshot): void {
    this.addFields(
      row,
      column,
      snapshot.value,
      snapshot.formula,
      snapshot.numberFormat,
      snapshot.indent,
      snapshot.fill,
    );
  }

  /** A cell by its fields; a cell read twice keeps what was read last. */
  addFields(
    row: number,
    column: number,
    value: CellValue,
    formula: string | null,
    numberFormat: string,
    indent: number,
    fill: string | null,
  ): void {
    this.cellExtent.add(row, column);
    let line = this.lines[row];
    if (line === undefined) {
      line = new RowCells();
      this.lines[row] = line;
    }
    if (line.values[column] === undefined) {
      line.count++;
      this.columnCounts[column] = (this.columnCounts[column] ?? 0) + 1;
    }
    line.values[column] = value;
    if (formula !== null || line.formulas !== null) (line.formulas ??= [])[column] = formula;
    if (numberFormat !== 'General' || line.numberFormats !== null) (line.numberFormats ??= [])[column] = numberFormat;
    if (indent !== 0 || line.indents !== null) (line.indents ??= [])[column] = indent;
    if (fill !== null || line.fills !== null) (line.fills ??= [])[column] = fill;
  }

  grid(name: string): SheetSnapshot {
    const extent = this.cellExtent.extent;
    if (extent === null) {
      return {
        name,
        origin: { row: 0, column: 0 },
        values: [],
        formulas: [],
        numberFormats: [],
        indents: [],
        fills: [],
      };
    }
    const { top, left, bottom, right, farCells } = this.mainBlock(extent);
    const height = bottom - top + 1;
    const width = right - left + 1;
    const values = new Array<CellValue[]>(height);
    // Rows without a cell share one frozen row of nothing: a sheet with a cell at XFD1048576 is a
    // million rows by 16 384 columns, of which only the rows that hold something are arrays of their own.
    const emptyRow = Object.freeze(new Array<CellValue>(width).fill(null)) as CellValue[];
    // Most rows have no formula, indent, fill or format of their own: they share one frozen row of
    // the default.
    const formulas = new SparseGrid<string | null>(height, width, null);
    const numberFormats = new SparseGrid(height, width, 'General');
    const indents = new SparseGrid(height, width, 0);
    const fills = new SparseGrid<string | null>(height, width, null);
    for (let r = 0; r < height; r++) {
      const line = this.lines[top + r];
      values[r] = line === undefined ? emptyRow : rowOf(line.values, left, width, null);
      if (line === undefined) continue;
      if (line.formulas) formulas.setRow(r, rowOf(line.formulas, left, width, null));
      if (line.numberFormats) numberFormats.setRow(r, rowOf(line.numberFormats, left, width, 'General'));
      if (line.indents) indents.setRow(r, rowOf(line.indents, left, width, 0));
      if (line.fills) fills.setRow(r, rowOf(line.fills, left, width, null));
    }
    return {
      name,
      origin: { row: top, column: left },
      values,
      formulas: formulas.rows,
      numberFormats: numberFormats.rows,
      indents: indents.rows,
      fills: fills.rows,
      ...(farCells.length > 0 ? { farCells } : {}),
    };
  }

  /** The rectangle of the sheet's main block (core/far-cells.ts), and the cells holding something beyond it. */
  private mainBlock(extent: Extent): Extent & { readonly farCells: FarCell[] } {
    const rows: number[] = [];
    const rowCounts: number[] = [];
    for (let r = extent.top; r <= extent.bottom; r++) {
      const line = this.lines[r];
      if (line === undefined) continue;
      rows.push(r);
      rowCounts.push(line.count);
    }
    const rowSpan = mainSpan(rows, rowCounts, farRowGap)!;
    // The columns are counted in the main rows only: a far row's columns are no part of the grid.
    let counted = this.columnCounts;
    if (rowSpan.first !== extent.top || rowSpan.last !== extent.bottom) {
      counted = [];
      for (let r = rowSpan.first; r <= rowSpan.last; r++) {
        const values = this.lines[r]?.values ?? [];
        for (let c = 0; c < values.length; c++) if (values[c] !== undefined) counted[c] = (counted[c] ?? 0) + 1;
      }
    }
    const columns: number[] = [];
    const columnCounts: number[] = [];
    for (let c = extent.left; c <= extent.right; c++) {
      const count = counted[c];
      if (count === undefined) continue;
      columns.push(c);
      columnCounts.push(count);
    }
    const columnSpan = mainSpan(columns, columnCounts, farColumnGap)!;
    const block = { top: rowSpan.first, bottom: rowSpan.last, left: columnSpan.first, right: columnSpan.last };
    const farCells: FarCell[] = [];
    if (
      block.top === extent.top &&
      block.bottom === extent.bottom &&
      block.left === extent.left &&
      block.right === extent.right
    )
      return { ...block, farCells };
    for (const r of rows) {
      const line = this.lines[r]!;
      const inside = r >= block.top && r <= block.bottom;
      for (let c = 0; c < line.values.length; c++) {
        if (inside && c >= block.left && c <= block.right) continue;
        const value = line.values[c] ?? null;
        const formula = line.formulas?.[c] ?? null;
        if (value !== null || formula !== null) farCells.push({ row: r, column: c, value, formula });
      }
    }
    return { ...block, farCells };
  }
}

/**
 * The columns left … left + width - 1 of a row read by absolute column, cells not read being
 * `empty`: the array itself where it already is that row (the usual case), else a copy.
 */
function rowOf<T>(cells: (T | undefined)[], left: number, width: number, empty: T): T[] {
  if (left === 0 && cells.length === width) {
    for (let c = 0; c < width; c++) if (cells[c] === undefined) cells[c] = empty;
    return cells as T[];
  }
  const row = new Array<T>(width);
  for (let c = 0; c < width; c++) row[c] = cells[left + c] ?? empty;
  return row;
}

/** Rows × columns of one default value, a row of its own only where one was set. */
class SparseGrid<T> {
  readonly rows: T[][];

  constructor(height: number, width: number, empty: T) {
    const shared = Object.freeze(new Array<T>(width).fill(empty)) as T[];
    this.rows = new Array<T[]>(height).fill(shared);
  }

  setRow(row: number, cells: T[]): void {
    this.rows[row] = cells;
  }
}
