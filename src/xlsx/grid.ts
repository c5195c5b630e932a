/** The used range of a sheet as the snapshot's row-major grids, from the cells that hold something. */
import type { CellValue, SheetSnapshot } from '../core';
import type { CellSnapshot } from './cell';

/**
 * Collects the cells of a sheet as they are read, in flat arrays (a large sheet has millions
 * of cells: one object less per cell is seconds less of garbage collection).
 */
export class CellCollector {
  private readonly rows: number[] = [];
  private readonly columns: number[] = [];
  private readonly snapshots: CellSnapshot[] = [];

  add(row: number, column: number, snapshot: CellSnapshot): void {
    this.rows.push(row);
    this.columns.push(column);
    this.snapshots.push(snapshot);
  }

  grid(name: string): SheetSnapshot {
    const { rows, columns, snapshots } = this;
    if (snapshots.length === 0) {
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
    const grid = <T>(empty: T): T[][] => Array.from({ length: height }, () => new Array<T>(width).fill(empty));
    const values = grid<CellValue>(null);
    const formulas = grid<string | null>(null);
    const numberFormats = grid('General');
    const indents = grid(0);
    const fills = grid<string | null>(null);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] - top;
      const c = columns[i] - left;
      const snapshot = snapshots[i];
      values[r][c] = snapshot.value;
      formulas[r][c] = snapshot.formula;
      numberFormats[r][c] = snapshot.numberFormat;
      indents[r][c] = snapshot.indent;
      fills[r][c] = snapshot.fill;
    }
    return { name, origin: { row: top, column: left }, values, formulas, numberFormats, indents, fills };
  }
}
