/**
 * Scattered cells as few rectangles as possible, and those rectangles as RangeAreas addresses short
 * enough for `getRanges`: Excel fails addresses of about 500 areas or 8 000 characters, so each
 * address stays well below both. The areas are joined with the separator this Excel takes.
 */
import { rangeA1, type CellArea } from '../core';

export const maxAreasPerAddress = 200;
export const maxAddressLength = 4_000;

/** ',' on Excel on the web, the locale's list separator on Windows and Mac (';' in fi-FI, sv-SE). */
export type ListSeparator = ',' | ';';

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

/** Addresses for getRanges, the areas joined by `separator`, each within the area and length limits. */
export function areaAddresses(areas: readonly Area[], separator: ListSeparator): string[] {
  const addresses: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const area of areas) {
    const text = rangeA1(area.top, area.left, area.bottom, area.right);
    if (current.length > 0 && (current.length >= maxAreasPerAddress || length + 1 + text.length > maxAddressLength)) {
      addresses.push(current.join(separator));
      current = [];
      length = 0;
    }
    length += (current.length > 0 ? 1 : 0) + text.length;
    current.push(text);
  }
  if (current.length > 0) addresses.push(current.join(separator));
  return addresses;
}
