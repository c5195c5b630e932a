/** The used range of a sheet as the snapshot's row-major grids, from the cells that hold something. */
import type { CellValue, SheetSnapshot } from '../core/snapshot';
import type { CellSnapshot } from './cell';

export interface PlacedCell {
  /** 0-based sheet row and column. */
  readonly row: number;
  readonly column: number;
  readonly snapshot: CellSnapshot;
}

export function gridOf(name: string, cells: readonly PlacedCell[]): SheetSnapshot {
  if (cells.length === 0) {
    return { name, origin: { row: 0, column: 0 }, values: [], formulas: [], numberFormats: [], indents: [], fills: [] };
  }
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const { row, column } of cells) {
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (column < left) left = column;
    if (column > right) right = column;
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
  return { name, origin: { row: top, column: left }, values, formulas, numberFormats, indents, fills };
}
