/**
 * Scattered cells as few rectangles as possible: each rectangle is one A1 address, which Excel reads
 * the same in every locale (a multi-area list would depend on the list separator).
 */
import type { CellArea } from '../core/address';

export type Area = CellArea;

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/**
 * Runs of consecutive rows in one column, then runs that span the same rows in neighbouring
 * columns joined side by side: a flagged column of a table becomes one area, a block one area.
 */
export function cellsToAreas(cells: readonly CellPosition[]): Area[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, column } of cells) {
    const rows = byColumn.get(column) ?? [];
    rows.push(row);
    byColumn.set(column, rows);
  }
  const runs: Area[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byColumn.get(column))].sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      runs.push({ top: start, left: column, bottom: rows[i - 1], right: column });
      start = rows[i];
    }
  }
  // Join a run to the area ending in the column just left of it that spans exactly the same rows.
  const open = new Map<string, number>();
  const areas: Area[] = [];
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const index = open.get(key);
    if (index !== undefined && areas[index].right === run.left - 1) {
      areas[index] = { ...areas[index], right: run.right };
    } else {
      open.set(key, areas.length);
      areas.push(run);
    }
  }
  return areas.sort((a, b) => a.top - b.top || a.left - b.left);
}
