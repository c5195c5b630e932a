/**
 * Lookups every rule and the deviations need, built in one pass over a table so that no check
 * scans the table again per row: rows by unit and line, the unit tree, and labels for messages.
 */
import { topLineOf } from '../model';
import type { BudgetRow, BudgetTable, ColumnKind, Figure, FigureColumn, LineKind, Unit } from '../model';

/** A figure with its row, for rules that look at cells of one kind. */
export interface RowFigure {
  readonly row: BudgetRow;
  readonly figure: Figure;
}

export interface TableIndex {
  readonly unitsById: ReadonlyMap<string, Unit>;
  /** Child units in table order, for units that have any. */
  readonly childrenOf: ReadonlyMap<string, readonly Unit[]>;
  /** The first row of each known line of each unit (a second one is a duplicate-row finding). */
  readonly lineRows: ReadonlyMap<string, ReadonlyMap<LineKind, BudgetRow>>;
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

  const lineRows = new Map<string, Map<LineKind, BudgetRow>>();
  const unitsWithSubLines = new Set<string>();
  let hasFormulas = false;
  const textFigures: RowFigure[] = [];
  const errorFigures: RowFigure[] = [];
  const emptyFiguresOfFilledRows: RowFigure[] = [];
  const uncalculatedFigures: RowFigure[] = [];
  const columns = table.columns.map((c) => c.column);
  // The one pass over every cell; the rules then look only at the cells they are about.
  for (const row of table.rows) {
    let filled = false;
    const firstEmpty = emptyFiguresOfFilledRows.length;
    for (const column of columns) {
      const figure = row.figures[column];
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
      if (figure.value !== null && figure.value !== 0) filled = true;
    }
    if (!filled) emptyFiguresOfFilledRows.length = firstEmpty;
    if (row.line === null) continue;
    let lines = lineRows.get(row.unitId);
    if (!lines) lineRows.set(row.unitId, (lines = new Map()));
    if (!lines.has(row.line)) lines.set(row.line, row);
    if (row.line !== 'expenses' && topLineOf(row.line) === 'expenses') unitsWithSubLines.add(row.unitId);
  }

  const columnsByIndex = new Map(table.columns.map((c) => [c.column, c] as const));

  return {
    unitsById,
    childrenOf,
    lineRows,
    unitsWithSubLines,
    columnsByIndex,
    hasFormulas,
    textFigures,
    errorFigures,
    emptyFiguresOfFilledRows,
    uncalculatedFigures,
    rowOf: (unitId, line) => lineRows.get(unitId)?.get(line),
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
