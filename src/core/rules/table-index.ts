/**
 * Lookups every rule and the deviations need, built in one pass over a table so that no check
 * scans the table again per row: rows by unit and line, the unit tree, and labels for messages.
 */
import { costSignColumnKinds, natureOf, topLineOf } from '../model';
import type { BudgetRow, BudgetTable, ColumnKind, Figure, FigureColumn, LineKind, Unit } from '../model';

/** A figure with its row, for rules that look at cells of one kind. */
export interface RowFigure {
  readonly row: BudgetRow;
  readonly figure: Figure;
}

/** A unit's rows of the lines the engine knows: the first row of each line (a second one is a duplicate-row finding). */
export interface UnitLines {
  readonly unitId: string;
  /** In table order. */
  readonly rows: readonly (BudgetRow & { readonly line: LineKind })[];
  readonly byLine: ReadonlyMap<LineKind, BudgetRow>;
}

/** How many cost figures of a column are positive and how many negative (zeros and empty cells have no sign). */
export interface SignCount {
  readonly column: FigureColumn;
  readonly positive: number;
  readonly negative: number;
}

export interface TableIndex {
  readonly unitsById: ReadonlyMap<string, Unit>;
  /** Child units in table order, for units that have any. */
  readonly childrenOf: ReadonlyMap<string, readonly Unit[]>;
  /** Every unit with rows of known lines, in the order of their first rows. */
  readonly unitLines: readonly UnitLines[];
  /** Units with at least one expense sub-line row: their Toimintakulut is a total. */
  readonly unitsWithSubLines: ReadonlySet<string>;
  readonly columnsByIndex: ReadonlyMap<number, FigureColumn>;
  /** Whether the snapshot told formulas apart (any figure is a formula): without that, nothing is known about typed totals. */
  readonly hasFormulas: boolean;
  /** Cells holding text, a date or a truth value (typed or a formula's result), in row and column order (few in a good table: the rules about them need not scan it all). */
  readonly textFigures: readonly RowFigure[];
  /** Cells holding an Excel error value, in row and column order. */
  readonly errorFigures: readonly RowFigure[];
  /** Formula cells without a calculated result (a file saved by a program that does not calculate), in row and column order. */
  readonly uncalculatedFigures: readonly RowFigure[];
  /** Empty cells of rows that have some non-zero figure, in row and column order (a row of zeros and blanks is a line not used). */
  readonly emptyFiguresOfFilledRows: readonly RowFigure[];
  /** The rows of Toimintakulut and its sub-lines, in table order. */
  readonly costRows: readonly BudgetRow[];
  /** The signs of the cost rows' figures in each plan, actual and forecast column (costSignColumnKinds), in column order. */
  readonly costSignCounts: readonly SignCount[];
  linesOf(unitId: string): UnitLines | undefined;
  rowOf(unitId: string, line: LineKind): BudgetRow | undefined;
  unitName(unitId: string): string;
  columnLabel(column: number): string;
  /** The table's primary column of the first kind present, in order of preference. */
  firstColumn(kinds: readonly ColumnKind[]): { kind: ColumnKind; column: number } | null;
}

const indexes = new WeakMap<BudgetTable, TableIndex>();

/** The table's index, built once per table object and shared by every rule and the deviations. */
export function indexTable(table: BudgetTable): TableIndex {
  let index = indexes.get(table);
  if (!index) {
    index = buildIndex(table);
    indexes.set(table, index);
  }
  return index;
}

function buildIndex(table: BudgetTable): TableIndex {
  const unitsById = new Map<string, Unit>();
  const childrenOf = new Map<string, Unit[]>();
  for (const unit of table.units) unitsById.set(unit.id, unit);
  for (const unit of table.units) {
    if (unit.parentId === null || !unitsById.has(unit.parentId)) continue;
    const siblings = childrenOf.get(unit.parentId);
    if (siblings) siblings.push(unit);
    else childrenOf.set(unit.parentId, [unit]);
  }

  const linesByUnit = new Map<
    string,
    { unitId: string; rows: UnitLines['rows'][number][]; byLine: Map<LineKind, BudgetRow> }
  >();
  const unitsWithSubLines = new Set<string>();
  let hasFormulas = false;
  const textFigures: RowFigure[] = [];
  const errorFigures: RowFigure[] = [];
  const emptyFiguresOfFilledRows: RowFigure[] = [];
  const uncalculatedFigures: RowFigure[] = [];
  const costRows: BudgetRow[] = [];
  const columns = table.columns.map((c) => c.column);
  const signed = table.columns.map((c) => costSignColumnKinds.has(c.kind));
  const positive = columns.map(() => 0);
  const negative = columns.map(() => 0);
  const { rows } = table;
  // The one pass over every cell; the rules then look only at the cells they are about. Indexed
  // loops: a table has millions of cells, and an iterator per step would be garbage for each.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cost = row.line !== null && natureOf(row.line) === 'cost';
    if (cost) costRows.push(row);
    let filled = false;
    const firstEmpty = emptyFiguresOfFilledRows.length;
    for (let c = 0; c < columns.length; c++) {
      const figure = row.figures[columns[c]];
      if (figure === undefined) continue;
      switch (figure.source) {
        case 'formula':
          hasFormulas = true;
          if (figure.value === null && figure.text === undefined) uncalculatedFigures.push({ row, figure });
          // A formula whose result is no number (a date, a truth value, text) is as wrong as a typed one.
          else if (figure.value === null && figure.text !== undefined) textFigures.push({ row, figure });
          break;
        case 'text':
          textFigures.push({ row, figure });
          break;
        case 'error':
          errorFigures.push({ row, figure });
          break;
        case 'empty':
          emptyFiguresOfFilledRows.push({ row, figure });
          break;
      }
      const { value } = figure;
      if (value !== null && value !== 0) {
        filled = true;
        if (cost && signed[c]) {
          if (value > 0) positive[c]++;
          else negative[c]++;
        }
      }
    }
    if (!filled) emptyFiguresOfFilledRows.length = firstEmpty;
    if (row.line === null) continue;
    let lines = linesByUnit.get(row.unitId);
    if (!lines) linesByUnit.set(row.unitId, (lines = { unitId: row.unitId, rows: [], byLine: new Map() }));
    if (!lines.byLine.has(row.line)) {
      lines.byLine.set(row.line, row);
      lines.rows.push(row as UnitLines['rows'][number]);
    }
    if (row.line !== 'expenses' && topLineOf(row.line) === 'expenses') unitsWithSubLines.add(row.unitId);
  }
  const costSignCounts: SignCount[] = [];
  table.columns.forEach((column, c) => {
    if (signed[c]) costSignCounts.push({ column, positive: positive[c], negative: negative[c] });
  });

  const columnsByIndex = new Map(table.columns.map((c) => [c.column, c] as const));

  return {
    unitsById,
    childrenOf,
    unitLines: [...linesByUnit.values()],
    unitsWithSubLines,
    columnsByIndex,
    hasFormulas,
    textFigures,
    errorFigures,
    emptyFiguresOfFilledRows,
    uncalculatedFigures,
    costRows,
    costSignCounts,
    linesOf: (unitId) => linesByUnit.get(unitId),
    rowOf: (unitId, line) => linesByUnit.get(unitId)?.byLine.get(line),
    unitName: (unitId) => unitsById.get(unitId)?.name ?? unitId,
    columnLabel: (column) => columnsByIndex.get(column)?.label ?? '',
    firstColumn(kinds) {
      for (const kind of kinds) {
        const column = table.primary[kind];
        if (column !== undefined) return { kind, column };
      }
      return null;
    },
  };
}
