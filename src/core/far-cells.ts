/**
 * Where a sheet's grid lies. A value typed far away from the rest (XFD1048576, or a note ten
 * thousand rows below the table) makes the used range a billion cells, which neither a reader nor
 * the engine can hold as a grid. Both readers keep to the main block of the sheet — the run of
 * rows, and of columns, holding most cells between gaps wider than these — and keep the cells
 * beyond it aside as far cells; the far-cells rule names them, so nothing is left out unsaid.
 */

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
