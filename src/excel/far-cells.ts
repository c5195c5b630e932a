/**
 * Sheets whose used range is too large to read as a grid (a value typed at XFD1048576 makes it
 * 17 billion cells): where their cells are is asked first, as the rectangles of their constants
 * and formulas (Range.getSpecialCellsOrNullObject, ExcelApi 1.9), in one sync for all of them; the
 * main block (core/far-cells.ts) is then read as a sheet is, and the cells beyond it in one more
 * sync, as far cells. Without ExcelApi 1.9 such a sheet is refused, naming its used range.
 */
import { areaOutside, mainBlockOfAreas, parseRangeA1, rangeA1, type CellArea, type FarCell } from '../core';
import { cellValue, formulaOf } from './cell-values';
import { PreconditionError } from './preconditions';
import type { DegradedFeature } from './requirements';
import type { SheetEntry } from './sheet-directory';

/** A used range of more cells than this is located before it is read. */
export const locateAboveCells = 20_000_000;
/** At most this many far cells are read, beyond them a part's first (each sheet's finding names the first and how many there are). */
const farCellsRead = 10_000;

export interface LocatedSheets {
  /** The entries, a located sheet's used range narrowed to its main block. */
  readonly entries: SheetEntry[];
  /** The far cells of each located sheet, by its index in `entries`. */
  readonly farCells: ReadonlyMap<number, FarCell[]>;
  /** How many far cells each located sheet has: more than are read where they are very many. */
  readonly farCellCounts: ReadonlyMap<number, number>;
}

export async function locateMainBlocks(
  context: Excel.RequestContext,
  entries: readonly SheetEntry[],
  degraded: ReadonlySet<DegradedFeature>,
): Promise<LocatedSheets> {
  const large = entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.used !== null && entry.used.rows * entry.used.columns > locateAboveCells);
  if (large.length === 0) return { entries: [...entries], farCells: new Map(), farCellCounts: new Map() };
  if (degraded.has('far-cells')) {
    const { entry } = large[0];
    const used = entry.used!;
    throw new PreconditionError({
      reason: 'sheet-too-large',
      sheet: entry.name,
      range: rangeA1(used.top, used.left, used.top + used.rows - 1, used.left + used.columns - 1),
    });
  }
  const asked = large.map(({ entry }) => {
    const used = entry.used!;
    const range = context.workbook.worksheets
      .getItem(entry.name)
      .getRangeByIndexes(used.top, used.left, used.rows, used.columns);
    const constants = range.getSpecialCellsOrNullObject('Constants');
    const formulas = range.getSpecialCellsOrNullObject('Formulas');
    constants.load('address');
    formulas.load('address');
    return { constants, formulas };
  });
  await context.sync();

  const located = [...entries];
  const reads: { index: number; area: CellArea; range: Excel.Range }[] = [];
  const farCellCounts = new Map<number, number>();
  let budget = farCellsRead;
  large.forEach(({ entry, index }, i) => {
    const areas = [asked[i].constants, asked[i].formulas].flatMap((found) =>
      found.isNullObject ? [] : areasOf(found.address),
    );
    const block = mainBlockOfAreas(areas);
    if (block === null) return;
    located[index] = {
      ...entry,
      used: {
        top: block.top,
        left: block.left,
        rows: block.bottom - block.top + 1,
        columns: block.right - block.left + 1,
      },
    };
    let count = 0;
    for (const part of areas.flatMap((area) => areaOutside(area, block))) {
      // The areas hold constants and formulas only: each of their cells is a far cell.
      const cells = (part.bottom - part.top + 1) * (part.right - part.left + 1);
      count += cells;
      // Past the budget only a part's first cell is read, so that every part is still named by a cell.
      const read = cells <= budget ? part : { ...part, bottom: part.top, right: part.left };
      budget = Math.max(0, budget - cells);
      const range = context.workbook.worksheets
        .getItem(entry.name)
        .getRangeByIndexes(read.top, read.left, read.bottom - read.top + 1, read.right - read.left + 1);
      range.load('values,valueTypes,formulas');
      reads.push({ index, area: read, range });
    }
    if (count > 0) farCellCounts.set(index, count);
  });
  if (reads.length > 0) await context.sync();
  const farCells = new Map<number, FarCell[]>();
  for (const { index, area, range } of reads) {
    const cells = farCells.get(index) ?? [];
    range.values.forEach((row, r) =>
      row.forEach((raw, c) => {
        const type = range.valueTypes[r][c];
        const value = cellValue(raw, type);
        const formula = formulaOf(range.formulas[r][c], raw, type);
        if (value !== null || formula !== null)
          cells.push({ row: area.top + r, column: area.left + c, value, formula });
      }),
    );
    farCells.set(index, cells);
  }
  for (const cells of farCells.values()) cells.sort((a, b) => a.row - b.row || a.column - b.column);
  return { entries: located, farCells, farCellCounts };
}

/** The rectangles of a RangeAreas address ("Talous!A1:J36,Talous!XFD1048576"; sheet names quoted or not). */
function areasOf(address: string): CellArea[] {
  const areas: CellArea[] = [];
  for (const match of address.matchAll(/!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g)) {
    const area = parseRangeA1(match[1].replace(/\$/g, ''));
    if (area) areas.push(area);
  }
  return areas;
}
