/** The used range of a sheet as the snapshot's row-major grids, from the cells that hold something. */
import type { CellValue, SheetSnapshot } from '../core';
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

/**
 * Collects the cells of a sheet as they are read, field by field in flat arrays (a large sheet has
 * millions of cells: no object is kept per cell, which is seconds less of garbage collection).
 */
export class CellCollector {
  private readonly rows: number[] = [];
  private readonly columns: number[] = [];
  private readonly values: CellValue[] = [];
  private readonly formulas: (string | null)[] = [];
  private readonly numberFormats: string[] = [];
  private readonly indents: number[] = [];
  private readonly fills: (string | null)[] = [];
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
    this.rows.push(row);
    this.columns.push(column);
    this.values.push(snapshot.value);
    this.formulas.push(snapshot.formula);
    this.numberFormats.push(snapshot.numberFormat);
    this.indents.push(snapshot.indent);
    this.fills.push(snapshot.fill);
  }

  grid(name: string): SheetSnapshot {
    const { rows, columns } = this;
    if (rows.length === 0) {
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
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] < top) top = rows[i];
      if (rows[i] > bottom) bottom = rows[i];
      if (columns[i] < left) left = columns[i];
      if (columns[i] > right) right = columns[i];
    }
    const height = bottom - top + 1;
    const width = right - left + 1;
    const values = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
    // Most rows have no formula, indent, fill or format of their own: they share one frozen row of
    // the default, and a row gets its own array at its first cell that differs.
    const formulas = new SparseGrid<string | null>(height, width, null);
    const numberFormats = new SparseGrid(height, width, 'General');
    const indents = new SparseGrid(height, width, 0);
    const fills = new SparseGrid<string | null>(height, width, null);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] - top;
      const c = columns[i] - left;
      values[r][c] = this.values[i];
      formulas.set(r, c, this.formulas[i]);
      numberFormats.set(r, c, this.numberFormats[i]);
      indents.set(r, c, this.indents[i]);
      fills.set(r, c, this.fills[i]);
    }
    return {
      name,
      origin: { row: top, column: left },
      values,
      formulas: formulas.rows,
      numberFormats: numberFormats.rows,
      indents: indents.rows,
      fills: fills.rows,
    };
  }
}

/** Rows × columns of one default value, a row copied only when a cell of it is set to something else. */
class SparseGrid<T> {
  readonly rows: T[][];
  private readonly shared: T[];

  constructor(
    height: number,
    width: number,
    private readonly empty: T,
  ) {
    this.shared = Object.freeze(new Array<T>(width).fill(empty)) as T[];
    this.rows = new Array<T[]>(height).fill(this.shared);
  }

  set(row: number, column: number, value: T): void {
    if (value === this.empty) return;
    let line = this.rows[row];
    if (line === this.shared) {
      line = [...this.shared];
      this.rows[row] = line;
    }
    line[column] = value;
  }
}
