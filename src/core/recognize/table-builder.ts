/**
 * What every layout reader shares: units met as entries, rows with their figures read in the
 * table's scale, the cost sign's votes, the vertical budget chains, and the recognised table
 * built from them. A reader decides which rows are units and which are lines; the builder does
 * the rest, the same way for every layout.
 */
import { rangeA1 } from '../address';
import type {
  BudgetRow,
  BudgetTable,
  ColumnKind,
  CostSign,
  Figure,
  FigureColumn,
  LineKind,
  TableLayout,
  Unit,
} from '../model';
import { costSignColumnKinds, natureOf } from '../model';
import { figureAt } from '../figures/cell-figure';
import { createChainReader } from './budget-chain';
import { columnRolesOf, type TableFrame } from './table-frame';
import type { LayoutProblem } from '../rules/layout-unclear';
import { buildHierarchy, type Hierarchy, type LevelFallback, type UnitEntry } from './units';

type MutableRow = { -readonly [K in keyof BudgetRow]: BudgetRow[K] };

export interface TableBuilder {
  readonly frame: TableFrame;
  /** Adds a unit as met in the table; returns its entry number. */
  addUnit(entry: UnitEntry): number;
  readonly unitCount: number;
  /** A line row (local row) of the unit entry; a row before any unit belongs to the table as a whole. */
  addRow(row: number, label: string, line: LineKind | null, entry: number): void;
  /** Whether the unit entry already has a row of the line (a second one would be a duplicate). */
  hasLine(entry: number, line: LineKind): boolean;
  readonly rowCount: number;
  /** The table, or null when no row names a known line. */
  /**
   * The table, or null when no row names a known line. With neither levels, codes nor
   * indentation, `fallback` orders the units: 'order' (the first is the others' parent), 'flat',
   * 'sums' (the first is the parent when its figures are the others' sums), or 'boards' (by the
   * units' names: a board's block before its task areas' is their parent, boards side by side are
   * siblings; else as 'sums').
   */
  build(
    layout: TableLayout,
    fallback: LevelFallback | 'sums' | 'boards',
    findings?: readonly LayoutProblem[],
  ): BudgetTable | null;
}

export function createTableBuilder(frame: TableFrame): TableBuilder {
  const { sheet, figureCells, figureColumns, scale } = frame;
  const { values, formulas, origin } = sheet;
  const locals = figureCells.map((cell) => cell.column);
  const absolute = figureColumns.map((column) => column.column);
  const factors = figureCells.map((cell) => (cell.kind === 'actualPct' ? 1 : scale.factor));
  const primary = primaryColumns(figureColumns);
  // Every row's figures in one right-sized allocation, by absolute column, instead of growing an empty object.
  const width = absolute.reduce((max, column) => Math.max(max, column + 1), 0);
  const signVoter = figureColumns.map(
    (column) => costSignColumnKinds.has(column.kind) && primary[column.kind] === column.column,
  );
  let positiveCostRows = 0;
  let negativeCostRows = 0;
  const entries: UnitEntry[] = [];
  const rows: MutableRow[] = [];
  const entryOfRow: number[] = [];
  const linesOfEntry = new Map<number, Set<LineKind>>();
  let implicit = -1;

  // The vertical budget chain, when the table writes its budget as steps down one column.
  const chain = createChainReader(frame);

  const date1904 = sheet.date1904 === true;
  const figuresOf = (r: number, absRow: number, vote: boolean): Record<number, Figure> => {
    const row = values[r];
    const formulaRow = formulas?.[r];
    const formatRow = sheet.numberFormats?.[r];
    const figures: Record<number, Figure> = new Array<Figure>(width);
    let balance = 0;
    for (let i = 0; i < locals.length; i++) {
      const c = locals[i];
      const figure = figureAt(row[c], formulaRow?.[c], absRow, absolute[i], factors[i], formatRow?.[c], date1904);
      figures[absolute[i]] = figure;
      if (vote && signVoter[i] && figure.value !== null && figure.value !== 0) balance += figure.value > 0 ? 1 : -1;
    }
    // Each expense row votes by the sign of most of its plan and actual figures.
    if (balance > 0) positiveCostRows++;
    else if (balance < 0) negativeCostRows++;
    return figures;
  };

  const push = (r: number, label: string, line: LineKind | null, entry: number): void => {
    const absRow = origin.row + r;
    const figures = figuresOf(r, absRow, line !== null && natureOf(line) === 'cost');
    rows.push({ row: absRow, label, line, unitId: '', figures });
    entryOfRow.push(entry);
    if (line !== null) {
      let lines = linesOfEntry.get(entry);
      if (!lines) linesOfEntry.set(entry, (lines = new Set()));
      lines.add(line);
    }
  };

  const builder: TableBuilder = {
    frame,
    addUnit(entry) {
      entries.push(entry);
      return entries.length - 1;
    },
    get unitCount() {
      return entries.length;
    },
    addRow(r, label, line, entryIn) {
      let entry = entryIn;
      if (entry < 0) {
        // Lines before any unit belong to the table as a whole, named after its sheet.
        if (implicit < 0) {
          implicit = entries.length;
          entries.push({ name: sheet.name, code: null, levelHint: null, indent: null, row: origin.row + r });
        }
        entry = implicit;
      }
      if (chain === null) {
        push(r, label, line, entry);
        return;
      }
      const read = chain.read(r, label, line, entry);
      if (read === null) return;
      push(r, read.label, read.line, entry);
      if (read.closesChain) chain.close(rows[rows.length - 1].figures[chain.budgetColumn]);
    },
    hasLine(entry, line) {
      return linesOfEntry.get(entry)?.has(line) ?? false;
    },
    get rowCount() {
      return rows.length;
    },
    build(layout, fallbackKind, findings = []) {
      if (rows.length === 0 || !rows.some((row) => row.line !== null)) return null;
      const summable = figureColumns.filter((column) => column.kind !== 'actualPct').map((column) => column.column);
      // Asked only when neither a level, nor codes, nor indentation tell the hierarchy.
      const sums = (): LevelFallback =>
        firstUnitSumsTheRest(rows, entryOfRow, entries.length, summable, scale.factor / 2) ? 'order' : 'flat';
      const fallback = (): LevelFallback => {
        if (fallbackKind === 'sums') return sums();
        if (fallbackKind === 'boards') return boardsFirst(entries) ?? sums();
        return fallbackKind;
      };
      // Headings after the last line (a note under the table) are no units, and must not decide
      // the levels of the others (a note has no code, no level and no indentation).
      let lastUsed = 0;
      for (const entry of entryOfRow) if (entry > lastUsed) lastUsed = entry;
      entries.length = lastUsed + 1;
      const hierarchy = buildHierarchy(entries, fallback);
      for (let i = 0; i < rows.length; i++) rows[i].unitId = hierarchy.idOfEntry[entryOfRow[i]];
      const units = withoutEmptyLeaves(hierarchy, entryOfRow);
      const costSign = frame.forcedSign ?? costSignOf(positiveCostRows, negativeCostRows);
      const columns = chain ? chain.columnsOf(figureColumns) : figureColumns;
      const roles = columnRolesOf(frame, columns);
      let lastRow = rows[rows.length - 1].row;
      for (const unit of units) if (unit.row > lastRow) lastRow = unit.row;
      const firstHeaderRow = origin.row + frame.header.rows[0];
      const headerRow = origin.row + frame.header.labelRow;
      // The range spans the table's own columns; a binding marker column beside them is read, not spanned.
      const spanned = roles.filter((role) => role.role !== 'binding');
      const budgetChains = (chain?.chains ?? []).map(({ entry, ...read }) => ({
        ...read,
        unitId: hierarchy.idOfEntry[entry],
      }));
      return {
        sheet: sheet.name,
        range: rangeA1(firstHeaderRow, spanned[0].column, lastRow, spanned[spanned.length - 1].column),
        headerRow,
        headerRows: frame.header.rows.map((r) => origin.row + r),
        layout: budgetChains.length > 0 ? 'budget-chain' : layout,
        columnRoles: roles,
        budgetChains,
        side: frame.side,
        recognitionFindings: findings,
        ...(frame.varianceConvention ? { varianceConvention: frame.varianceConvention } : {}),
        labelColumn: origin.column + frame.labelColumn,
        unitColumn: frame.unitColumns.length > 0 ? origin.column + frame.unitColumns[0] : null,
        levelColumn: frame.levelColumn >= 0 ? origin.column + frame.levelColumn : null,
        codeColumn: frame.codeColumn >= 0 ? origin.column + frame.codeColumn : null,
        columns,
        primary: chain ? primaryColumns(columns) : primary,
        scale,
        costSign,
        units,
        rows,
      };
    },
  };
  return builder;
}

/**
 * A long table that gives no levels still has a parent when its first unit carries the
 * totals of the others: for at least half of the figures of its lines, the first unit's figure is the
 * sum of the other units’ figures of that line (a planted error in one of them stays visible).
 * Otherwise its units stand side by side.
 */
function firstUnitSumsTheRest(
  rows: readonly BudgetRow[],
  entryOfRow: readonly number[],
  entryCount: number,
  columns: readonly number[],
  tolerance: number,
): boolean {
  if (entryCount < 2) return false;
  const firstUnit = new Map<LineKind, BudgetRow>();
  const others = new Map<LineKind, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const { line, figures } = rows[i];
    if (line === null) continue;
    if (entryOfRow[i] === 0) {
      if (!firstUnit.has(line)) firstUnit.set(line, rows[i]);
      continue;
    }
    let sums = others.get(line);
    if (!sums) others.set(line, (sums = columns.map(() => 0)));
    for (let j = 0; j < columns.length; j++) sums[j] += figures[columns[j]]?.value ?? 0;
  }
  let compared = 0;
  let matched = 0;
  for (const [line, row] of firstUnit) {
    const sums = others.get(line);
    if (!sums) continue;
    for (let j = 0; j < columns.length; j++) {
      const value = row.figures[columns[j]]?.value;
      if (value === null || value === undefined) continue;
      compared++;
      if (Math.abs(value - sums[j]) <= tolerance) matched++;
    }
  }
  return compared > 0 && matched * 2 >= compared;
}

/** The last word of a board's name (toimielin): lautakunta, hallitus, johtokunta, nämnd, styrelse, board, … */
const boardName =
  /(?:lautakunta|hallitus|valtuusto|johtokunta|jaosto|toimikunta|nämnd|nämnden|styrelse|styrelsen|fullmäktige|direktion|board|committee|council)$/i;

/** 'order' when only the first unit is a board, 'flat' when every unit is one; null when the names do not tell. */
function boardsFirst(entries: readonly UnitEntry[]): LevelFallback | null {
  if (entries.length < 2) return null;
  const boards = entries.map((entry) => boardName.test(entry.name.trim()));
  if (boards.every(Boolean)) return 'flat';
  if (boards[0] && !boards.slice(1).some(Boolean)) return 'order';
  return null;
}

/** Per kind, the column of the latest year (then the longest period, then the leftmost). */
function primaryColumns(columns: readonly FigureColumn[]): Partial<Record<ColumnKind, number>> {
  const best = new Map<ColumnKind, FigureColumn>();
  for (const column of columns) {
    const held = best.get(column.kind);
    if (!held || later(column, held)) best.set(column.kind, column);
  }
  const primary: Partial<Record<ColumnKind, number>> = {};
  for (const [kind, column] of best) primary[kind] = column.column;
  return primary;
}

function later(a: FigureColumn, b: FigureColumn): boolean {
  const yearA = a.year ?? -Infinity;
  const yearB = b.year ?? -Infinity;
  if (yearA !== yearB) return yearA > yearB;
  return (a.months?.to ?? 0) > (b.months?.to ?? 0);
}

/** Both signs among the expense rows' votes in one table is 'mixed' (supplementary budgets and variances do not vote). */
function costSignOf(positiveRows: number, negativeRows: number): CostSign {
  if (positiveRows > 0 && negativeRows > 0) return 'mixed';
  if (positiveRows > 0) return 'positive';
  if (negativeRows > 0) return 'negative';
  return 'unknown';
}

/** A heading with no lines and no sub-units (say, the title of the next table) is no unit. */
function withoutEmptyLeaves(hierarchy: Hierarchy, entryOfRow: readonly number[]): Unit[] {
  const kept = new Set<string>();
  let lastEntry = -1;
  for (const entry of entryOfRow) {
    if (entry === lastEntry) continue;
    lastEntry = entry;
    kept.add(hierarchy.idOfEntry[entry]);
  }
  const { units } = hierarchy;
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i];
    if (kept.has(unit.id) && unit.parentId !== null) kept.add(unit.parentId);
  }
  return units.filter((unit) => kept.has(unit.id));
}
