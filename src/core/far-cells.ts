/**
 * Where a sheet's grid lies. A value typed far away from the rest (XFD1048576, or a note ten
 * thousand rows below the table) makes the used range a billion cells, which neither a reader nor
 * the engine can hold as a grid. Both readers keep to the main block of the sheet — the run of
 * rows, and of columns, holding most cells between gaps wider than these — and keep the cells
 * beyond it aside as far cells; the far-cells rule names them, so nothing is left out unsaid.
 */
import type { CellArea } from './address';
import type { FarCell, SheetSnapshot } from './snapshot';

/** Empty rows between two used rows beyond which the rows are another block (no budget table has such a gap). */
export const farRowGap = 10_000;
/** Empty columns between two used columns beyond which the columns are another block. */
export const farColumnGap = 200;

/**
 * The first and last index of the main block along one axis: `used` lists the used rows (or
 * columns) ascending without repeats, `counts[i]` the cells of `used[i]`. Runs are split where
 * more than `gap` indices in a row are unused; the run with most cells wins, the first on a tie.
 * null when nothing is used.
 */
export function mainSpan(
  used: readonly number[],
  counts: readonly number[],
  gap: number,
): { readonly first: number; readonly last: number } | null {
  if (used.length === 0) return null;
  let best = { first: used[0], last: used[0], cells: -1 };
  let start = 0;
  let cells = 0;
  for (let i = 0; i <= used.length; i++) {
    if (i === used.length || (i > start && used[i] - used[i - 1] - 1 > gap)) {
      if (cells > best.cells) best = { first: used[start], last: used[i - 1], cells };
      start = i;
      cells = 0;
    }
    if (i < used.length) cells += counts[i];
  }
  return { first: best.first, last: best.last };
}

/** mainSpan of the indices counted in `cells` (index → its cells). */
function spanOfCounts(
  cells: ReadonlyMap<number, number>,
  gap: number,
): { readonly first: number; readonly last: number } | null {
  const used = [...cells.keys()].sort((a, b) => a - b);
  return mainSpan(
    used,
    used.map((index) => cells.get(index)!),
    gap,
  );
}

/** The main block of a sheet from the rectangles its cells fill (Range.getSpecialCells' areas); null for none. */
export function mainBlockOfAreas(areas: readonly CellArea[]): CellArea | null {
  const rowCells = new Map<number, number>();
  for (const area of areas)
    for (let r = area.top; r <= area.bottom; r++) rowCells.set(r, (rowCells.get(r) ?? 0) + area.right - area.left + 1);
  const rowSpan = spanOfCounts(rowCells, farRowGap);
  if (rowSpan === null) return null;
  // The columns are counted in the main rows only, as the readers do.
  const columnCells = new Map<number, number>();
  for (const area of areas) {
    const overlap = Math.min(area.bottom, rowSpan.last) - Math.max(area.top, rowSpan.first) + 1;
    if (overlap <= 0) continue;
    for (let c = area.left; c <= area.right; c++) columnCells.set(c, (columnCells.get(c) ?? 0) + overlap);
  }
  const columnSpan = spanOfCounts(columnCells, farColumnGap)!;
  return { top: rowSpan.first, bottom: rowSpan.last, left: columnSpan.first, right: columnSpan.last };
}

/** The parts of `area` outside `block`, as at most four rectangles (above, below, left, right). */
export function areaOutside(area: CellArea, block: CellArea): CellArea[] {
  const top = Math.max(area.top, block.top);
  const bottom = Math.min(area.bottom, block.bottom);
  const left = Math.max(area.left, block.left);
  const right = Math.min(area.right, block.right);
  if (top > bottom || left > right) return [area];
  const parts: CellArea[] = [];
  if (area.top < top) parts.push({ ...area, bottom: top - 1 });
  if (area.bottom > bottom) parts.push({ ...area, top: bottom + 1 });
  if (area.left < left) parts.push({ top, bottom, left: area.left, right: left - 1 });
  if (area.right > right) parts.push({ top, bottom, left: right + 1, right: area.right });
  return parts;
}

/**
 * A sheet read whole (the Office.js reader, for a used range small enough to read) cut to its main
 * block as the .xlsx reader cuts it while reading: the cells beyond it become far cells. The sheet
 * itself where it is all main block.
 */
export function cutToMainBlock(sheet: SheetSnapshot): SheetSnapshot {
  const rowCells: number[] = [];
  const columnCells = new Map<number, number>();
  const holds = (r: number, c: number) =>
    sheet.values[r][c] !== null ||
    (sheet.formulas?.[r]?.[c] ?? null) !== null ||
    (sheet.fills?.[r]?.[c] ?? null) !== null;
  const rows: number[] = [];
  sheet.values.forEach((values, r) => {
    let count = 0;
    for (let c = 0; c < values.length; c++) if (holds(r, c)) count++;
    if (count > 0) {
      rows.push(r);
      rowCells.push(count);
    }
  });
  const rowSpan = mainSpan(rows, rowCells, farRowGap);
  if (rowSpan === null) return sheet;
  for (let r = rowSpan.first; r <= rowSpan.last; r++)
    for (let c = 0; c < sheet.values[r].length; c++) if (holds(r, c)) columnCells.set(c, (columnCells.get(c) ?? 0) + 1);
  const columnSpan = spanOfCounts(columnCells, farColumnGap)!;
  const height = sheet.values.length;
  const width = sheet.values[0]?.length ?? 0;
  if (rowSpan.first === 0 && rowSpan.last === height - 1 && columnSpan.first === 0 && columnSpan.last === width - 1)
    return sheet;
  const earlier = sheet.farCells ?? [];
  const farCells: FarCell[] = [...earlier];
  for (const r of rows) {
    for (let c = 0; c < sheet.values[r].length; c++) {
      if (r >= rowSpan.first && r <= rowSpan.last && c >= columnSpan.first && c <= columnSpan.last) continue;
      const value = sheet.values[r][c];
      const formula = sheet.formulas?.[r]?.[c] ?? null;
      if (value !== null || formula !== null)
        farCells.push({ row: sheet.origin.row + r, column: sheet.origin.column + c, value, formula });
    }
  }
  farCells.sort((a, b) => a.row - b.row || a.column - b.column);
  const cut = <T>(grid: readonly (readonly T[])[] | undefined) =>
    grid?.slice(rowSpan.first, rowSpan.last + 1).map((row) => row.slice(columnSpan.first, columnSpan.last + 1));
  return {
    ...sheet,
    origin: { row: sheet.origin.row + rowSpan.first, column: sheet.origin.column + columnSpan.first },
    values: cut(sheet.values)!,
    ...(sheet.formulas ? { formulas: cut(sheet.formulas) } : {}),
    ...(sheet.numberFormats ? { numberFormats: cut(sheet.numberFormats) } : {}),
    ...(sheet.indents ? { indents: cut(sheet.indents) } : {}),
    ...(sheet.fills ? { fills: cut(sheet.fills) } : {}),
    ...(farCells.length > 0 ? { farCells } : {}),
    ...(sheet.farCellCount !== undefined
      ? { farCellCount: sheet.farCellCount + farCells.length - earlier.length }
      : {}),
  };
}
