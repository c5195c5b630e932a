/**
 * The organisation the report speaks of: the service area (the top unit) and its
 * responsibility areas (the units one level below), with the figures the summary and the
 * charts show, in euros. Expenses are shown as positive amounts whatever sign the workbook
 * writes them with, as the seed does ("Toimintakulut 10,7 milj. euroa").
 */
import {
  figureOf,
  type Analysis,
  type BudgetTable,
  type ColumnKind,
  type Deviation,
  type LineKind,
  type Unit,
} from '../model';

export interface AreaFigures {
  readonly unit: Unit;
  readonly table: BudgetTable;
  /** Actual to date (TOT) of the period, else the forecast when the workbook has no actual. */
  readonly income: LineFigures;
  readonly expenses: LineFigures;
  readonly margin: Deviation | null;
}

export interface LineFigures {
  readonly actual: number | null;
  readonly priorYear: number | null;
  readonly plan: number | null;
  readonly forecast: number | null;
}

export interface Organisation {
  readonly top: { readonly unit: Unit; readonly table: BudgetTable } | null;
  /** The responsibility areas; the top unit itself when it has none. */
  readonly areas: readonly AreaFigures[];
  /** The top unit's own figures, when it has areas below it (the service area's total). */
  readonly total: AreaFigures | null;
}

export function organisationOf(analysis: Analysis): Organisation {
  const units = analysis.tables.flatMap((table) => table.units.map((unit) => ({ unit, table })));
  if (units.length === 0) return { top: null, areas: [], total: null };
  const lookup = new FigureLookup(analysis);
  const topLevel = units.reduce((top, { unit }) => Math.min(top, unit.level), Infinity);
  const top = units.find(({ unit }) => unit.level === topLevel)!;
  const below = units.filter(({ unit }) => unit.parentId === top.unit.id);
  if (below.length === 0) return { top, areas: [figuresOf(lookup, top.table, top.unit)], total: null };
  return {
    top,
    areas: below.map(({ unit, table }) => figuresOf(lookup, table, unit)),
    total: figuresOf(lookup, top.table, top.unit),
  };
}

/**
 * The first deviation and the first row of each unit and line, found by key: a budget of 100 000
 * rows has a hundred areas, and searching every deviation for each of their lines took seconds.
 */
class FigureLookup {
  private readonly deviations = new Map<string, Deviation>();
  private readonly rows = new Map<BudgetTable, Map<string, BudgetTable['rows'][number]>>();

  constructor(analysis: Analysis) {
    for (const deviation of analysis.deviations) {
      const key = `${deviation.sheet}\u0000${deviation.unitId}\u0000${deviation.line}`;
      if (!this.deviations.has(key)) this.deviations.set(key, deviation);
    }
  }

  deviation(table: BudgetTable, unit: Unit, line: LineKind): Deviation | null {
    return this.deviations.get(`${table.sheet}\u0000${unit.id}\u0000${line}`) ?? null;
  }

  row(table: BudgetTable, unit: Unit, line: LineKind): BudgetTable['rows'][number] | undefined {
    let rows = this.rows.get(table);
    if (!rows) {
      rows = new Map();
      for (const row of table.rows) {
        const key = `${row.unitId}\u0000${row.line}`;
        if (!rows.has(key)) rows.set(key, row);
      }
      this.rows.set(table, rows);
    }
    return rows.get(`${unit.id}\u0000${line}`);
  }
}

function figuresOf(lookup: FigureLookup, table: BudgetTable, unit: Unit): AreaFigures {
  const deviationOf = (line: LineKind): Deviation | null => lookup.deviation(table, unit, line);
  const lineFigures = (line: LineKind): LineFigures => {
    const sign = line === 'expenses' && table.costSign === 'negative' ? -1 : 1;
    const row = lookup.row(table, unit, line);
    const value = (...kinds: ColumnKind[]): number | null => {
      if (!row) return null;
      for (const kind of kinds) {
        const figure = figureOf(table, row, kind);
        if (figure?.value !== null && figure?.value !== undefined) return figure.value * sign;
      }
      return null;
    };
    const deviation = deviationOf(line);
    return {
      actual: value('actual', 'forecast'),
      priorYear: value('priorYear'),
      plan: deviation ? deviation.plan * sign : value('currentPlan', 'currentBudget', 'operatingPlan', 'budget'),
      forecast: deviation ? deviation.forecast * sign : value('forecast', 'actual'),
    };
  };
  return {
    unit,
    table,
    income: lineFigures('income'),
    expenses: lineFigures('expenses'),
    margin: deviationOf('margin'),
  };
}

/** The year of the prior-year column (TP 2023), else the year before the report's. */
export function priorYearOf(table: BudgetTable | undefined, reportYear: number): number {
  const column = table?.columns.find((c) => c.column === table.primary.priorYear);
  return column?.year ?? reportYear - 1;
}

/** The months of the actual column (TOT 1-12 → 1–12), else those elapsed in the period. */
export function actualMonthsOf(table: BudgetTable | undefined, fallbackTo: number): { from: number; to: number } {
  const column = table?.columns.find((c) => c.column === table.primary.actual);
  return column?.months ?? { from: 1, to: fallbackTo };
}
