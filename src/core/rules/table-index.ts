/**
 * Lookups every rule and the deviations need, built in one pass over a table so that no check
 * scans the table again per row: rows by unit and line, the unit tree, and labels for messages.
 */
import { expenseSubLines } from '../model';
import type { BudgetRow, BudgetTable, ColumnKind, FigureColumn, LineKind, Unit } from '../model';

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
  rowOf(unitId: string, line: LineKind): BudgetRow | undefined;
  unitName(unitId: string): string;
  columnLabel(column: number): string;
  /** The table's primary column of the first kind present, in order of preference. */
  firstColumn(kinds: readonly ColumnKind[]): { kind: ColumnKind; column: number } | null;
}

const subLines: ReadonlySet<LineKind> = new Set(expenseSubLines);

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
  const columns = table.columns.map((c) => c.column);
  for (const row of table.rows) {
    if (!hasFormulas) {
      for (const column of columns) {
        if (row.figures[column]?.source === 'formula') {
          hasFormulas = true;
          break;
        }
      }
    }
    if (row.line === null) continue;
    let lines = lineRows.get(row.unitId);
    if (!lines) lineRows.set(row.unitId, (lines = new Map()));
    if (!lines.has(row.line)) lines.set(row.line, row);
    if (subLines.has(row.line)) unitsWithSubLines.add(row.unitId);
  }

  const columnsByIndex = new Map(table.columns.map((c) => [c.column, c] as const));

  return {
    unitsById,
    childrenOf,
    lineRows,
    unitsWithSubLines,
    columnsByIndex,
    hasFormulas,
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
