/**
 * The one table of the report sheets: a header row in the standard look and the rows below it,
 * written at the grid's next row, each column's body format laid once over all its rows. The
 * summary's key figures and chart data, the deviations, the strategy counts and the glossary
 * are all such tables; what is particular to one (a row's colour, a total row) the caller adds
 * over the returned placement.
 */
import type { PlannedValue } from '../plan';
import { looks } from './context';
import type { CellFormat, Grid } from './grid';

export interface TableColumn {
  readonly header: PlannedValue;
  /** Over the standard header look: alignment (numbers right, words centred), a colour. */
  readonly headerFormat?: CellFormat;
  /** The look of the column's body cells: number format, alignment, font. */
  readonly body?: CellFormat;
}

/** Where a table landed, 0-based: its header row, its body rows (last is the header row when there are none), its columns. */
export interface PlacedTable {
  readonly header: number;
  readonly first: number;
  readonly last: number;
  readonly left: number;
  readonly right: number;
}

export function writeTable(
  grid: Grid,
  columns: readonly TableColumn[],
  rows: readonly (readonly PlannedValue[])[],
  options: { readonly left?: number; readonly header?: CellFormat } = {},
): PlacedTable {
  const left = options.left ?? 0;
  const right = left + columns.length - 1;
  const header = grid.nextRow;
  grid.setRow(
    header,
    left,
    columns.map((column) => column.header),
  );
  grid.format(header, left, header, right, options.header ?? looks.header);
  for (const run of runs(columns, (column) => column.headerFormat)) {
    grid.format(header, left + run.from, header, left + run.to, run.format);
  }
  rows.forEach((values, index) => grid.setRow(header + 1 + index, left, values));
  const first = header + 1;
  const last = header + rows.length;
  if (rows.length > 0) {
    for (const run of runs(columns, (column) => column.body)) {
      grid.format(first, left + run.from, last, left + run.to, run.format);
    }
  }
  return { header, first, last, left, right };
}

/** Neighbouring columns with the same format as one range: a sheet carries few formats however wide it is. */
function runs(
  columns: readonly TableColumn[],
  formatOf: (column: TableColumn) => CellFormat | undefined,
): { from: number; to: number; format: CellFormat }[] {
  const found: { from: number; to: number; format: CellFormat; key: string }[] = [];
  columns.forEach((column, index) => {
    const format = formatOf(column);
    if (format === undefined) return;
    const key = JSON.stringify(format);
    const previous = found[found.length - 1];
    if (previous && previous.to === index - 1 && previous.key === key) previous.to = index;
    else found.push({ from: index, to: index, format, key });
  });
  return found;
}
