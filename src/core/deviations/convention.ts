/**
 * The conventions a table follows, found from its own figures: how each column signs its
 * costs, and how its deviation column (Poikkeama, Erotus, Avvikelse) is computed. Real
 * statements use four conventions (shared/domain.md, "Real workbooks"):
 *
 * 1. `forecast-minus-plan`: Poikkeama = ENN − KS+LTA:t on the figures as written, costs
 *    unsigned, so a positive cost deviation is an overrun (the seed);
 * 2. `negative-costs`: costs written negative, Poikkeama = Toteutuma − TA: a positive deviation
 *    is favourable on every line;
 * 3. `favourable-positive`: costs unsigned, budget − actual for costs and actual − budget for
 *    income and the margin: again favourable positive;
 * 4. `mixed-signs`: the columns sign their costs differently (a budget unsigned, its actual
 *    negative, as in Lapua's Tekninen lautakunta 2024); the deviation compares the figures'
 *    sizes, actual − plan with costs taken unsigned.
 *
 * A column computed the other way round throughout (plan − forecast) is `plan-minus-forecast`.
 * Which plan and which actual the column compares is decided by the rows as well: the pair and
 * formula that most rows fit. Rows that do not fit it are chain-mismatch findings.
 */
import { natureOf } from '../model';
import type {
  BudgetRow,
  BudgetTable,
  ColumnCostSign,
  ColumnRef,
  CostSigns,
  DeviationConvention,
  DeviationFormula,
  Figure,
  LineKind,
  Period,
  DeviationColumnConvention as VarianceConvention,
} from '../model';

export type { ColumnCostSign, ColumnRef, CostSigns, DeviationConvention, DeviationFormula, VarianceConvention };
import { operand } from '../rules/figures';
import { indexTable } from '../rules/table-index';
import { differs, toleranceOf } from '../rules/tolerance';
import { forecastColumn, planColumn, planKinds } from './columns';

const signsCache = new WeakMap<BudgetTable, CostSigns>();

/** Per column, the sign of the cost figures (Toimintakulut and its sub-lines), zeros left out. */
export function costSignsOf(table: BudgetTable): CostSigns {
  const cached = signsCache.get(table);
  if (cached) return cached;
  const columns = indexTable(table).costSignCounts.map(({ column, positive, negative }) => ({
    column: column.column,
    label: column.label,
    sign: signOf(positive, negative),
  }));
  // A column of both signs holds a wrong cell (sign-inconsistent names it): the table's convention is what its
  // consistent columns say, and `mixed` only when they disagree (a budget unsigned beside a negative actual).
  const consistent = new Set(columns.map((c) => c.sign).filter((sign) => sign === 'unsigned' || sign === 'negative'));
  const anyMixed = columns.some((c) => c.sign === 'mixed');
  const tableSign: ColumnCostSign =
    consistent.size === 2 ? 'mixed' : consistent.size === 1 ? [...consistent][0] : anyMixed ? 'mixed' : 'unknown';
  const signs: CostSigns = { table: tableSign, columns };
  signsCache.set(table, signs);
  return signs;
}

function signOf(positive: number, negative: number): ColumnCostSign {
  if (positive > 0 && negative > 0) return 'mixed';
  if (positive > 0) return 'unsigned';
  if (negative > 0) return 'negative';
  return 'unknown';
}

/**
 * Whether a column writes costs negative: its own cost figures decide; a column without any
 * (a deviation column, or one with no cost row) follows the table's recognised convention,
 * and for a variance column the formula its rows fit.
 */
export function columnCostsNegative(table: BudgetTable, column: number, period: Period | null = null): boolean | null {
  let known = negativeCache.get(table);
  if (!known) {
    known = new Map();
    negativeCache.set(table, known);
  }
  // Asked per row and column by the rules and the deviations: decided once per column (and period).
  const key = column * 8 + (period?.quarter ?? 0);
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const decided = decideColumnCostsNegative(table, column, period);
  known.set(key, decided);
  return decided;
}

const negativeCache = new WeakMap<BudgetTable, Map<number, boolean | null>>();

function decideColumnCostsNegative(table: BudgetTable, column: number, period: Period | null): boolean | null {
  const own = costSignsOf(table).columns.find((c) => c.column === column)?.sign;
  if (own === 'negative') return true;
  if (own === 'unsigned') return false;
  if (table.primary.variance === column) {
    const convention = varianceConventionOf(table, period);
    // Under `favourable-positive` the cost deviation is plan − actual: added into the margin's deviation, as a negative cost is.
    if (convention) return convention.formula === 'favourable-positive';
  }
  if (table.costSign === 'negative') return true;
  if (table.costSign === 'positive') return false;
  return null;
}

/** A figure's value with its cost sign taken off: a cost in a column that writes costs negative counts as its size. */
function unsignedValue(line: LineKind, value: number, costsNegative: boolean): number {
  return costsNegative && natureOf(line) === 'cost' ? -value : value;
}

/**
 * The forecast written in the plan column's sign, so that forecast − plan is a deviation even
 * where the columns sign their costs differently (convention 4): 17 023 070 against −17 058 115
 * compares as 17 023 070 against 17 058 115. Decided once for the two columns, applied per row.
 */
export function alignToPlan(
  table: BudgetTable,
  planColumn: number,
  forecastColumnIndex: number,
): (line: LineKind, forecast: number) => number {
  const planNegative = columnCostsNegative(table, planColumn);
  const forecastNegative = columnCostsNegative(table, forecastColumnIndex);
  const signsDiffer = planNegative !== null && forecastNegative !== null && planNegative !== forecastNegative;
  return (line, forecast) => (signsDiffer && natureOf(line) === 'cost' ? -forecast : forecast);
}

/** The deviation a formula gives for a row, on unsigned costs, in the deviation column's own terms. */
export function expectedDeviation(formula: DeviationFormula, line: LineKind, plan: number, actual: number): number {
  if (formula === 'plan-minus-actual') return plan - actual;
  if (formula === 'favourable-positive' && natureOf(line) === 'cost') return plan - actual;
  return actual - plan;
}

const conventionCache = new WeakMap<BudgetTable, Map<string, VarianceConvention | null>>();

/**
 * The convention of the table's deviation column, decided by its rows: of every pair of a plan
 * column and an actual column and every formula, the one most rows fit; the forecast (ENN) is
 * taken whenever most rows fit it, the actual otherwise; on a tie the most current plan comes
 * first, then the formula the table's cost signs suggest. null when the table has no deviation column, or no row to decide by.
 */
export function varianceConventionOf(table: BudgetTable, period: Period | null): VarianceConvention | null {
  const key = period ? `${period.quarter}/${period.year}` : '';
  let byPeriod = conventionCache.get(table);
  if (!byPeriod) {
    byPeriod = new Map();
    conventionCache.set(table, byPeriod);
  }
  if (byPeriod.has(key)) return byPeriod.get(key) ?? null;
  const convention = decideConvention(table, period);
  byPeriod.set(key, convention);
  return convention;
}

function decideConvention(table: BudgetTable, period: Period | null): VarianceConvention | null {
  const variance = table.primary.variance;
  if (variance === undefined) return null;
  const signs = costSignsOf(table);
  const plans = planKinds.map((kind) => table.primary[kind]).filter((c): c is number => c !== undefined);
  const forecast = forecastColumn(table, period);
  const actuals = [table.primary.forecast, forecast?.column, table.primary.actual].filter(
    (c, i, all): c is number => c !== undefined && all.indexOf(c) === i,
  );
  if (plans.length === 0 || actuals.length === 0) return null;
  const negative = signs.table === 'negative' || (signs.table === 'unknown' && table.costSign === 'negative');
  // The user's mapping, when it says how the column is computed, is taken as said (against the plan in force and the
  // forecast the deviations use): the rows then only show where the column departs from it.
  const mapped = table.varianceConvention ? mappedFormulas[table.varianceConvention] : null;
  const formulas: readonly DeviationFormula[] = mapped
    ? [mapped]
    : negative
      ? ['favourable-positive', 'actual-minus-plan', 'plan-minus-actual']
      : ['actual-minus-plan', 'favourable-positive', 'plan-minus-actual'];
  if (mapped) {
    const plan = planColumn(table);
    if (plan === null || forecast === null) return null;
    plans.splice(0, plans.length, plan.column);
    actuals.splice(0, actuals.length, forecast.column);
  }

  // The forecast is what a deviation column compares by definition: it is taken whenever most rows fit it, and the
  // actual only when they do not (at year end the two are often equal, and a forecast typed over must not make the
  // column "follow the actual"). For each, the plan and formula that most rows fit.
  type Fit = { plan: number; actual: number; formula: DeviationFormula; rows: number; fitting: number };
  let best: Fit | null = null;
  for (const actual of actuals) {
    let bestForActual: Fit | null = null;
    for (const plan of plans) {
      for (const formula of formulas) {
        const { rows, fitting } = fitOf(table, variance, plan, actual, formula);
        if (rows === 0) continue;
        if (bestForActual === null || fitting > bestForActual.fitting) {
          bestForActual = { plan, actual, formula, rows, fitting };
        }
        // Every row fits: nothing can do better (and a table of 100 000 rows need not try the rest).
        if (fitting === rows) break;
      }
      if (bestForActual !== null && bestForActual.fitting === bestForActual.rows) break;
    }
    if (bestForActual === null) continue;
    if (bestForActual.fitting * 2 > bestForActual.rows) {
      best = bestForActual;
      break;
    }
    if (best === null || bestForActual.fitting > best.fitting) best = bestForActual;
  }
  if (best === null) return null;
  const ref = (column: number): ColumnRef => {
    const found = table.columns.find((c) => c.column === column);
    return { column, kind: found?.kind ?? 'variance', label: found?.label ?? '' };
  };
  const { convention, number } = nameOf(best.formula, signs, negative);
  const fromMapping = mapped !== null;
  return {
    column: ref(variance),
    convention,
    number,
    formula: best.formula,
    plan: ref(best.plan),
    actual: ref(best.actual),
    rows: best.rows,
    fitting: best.fitting,
    mapped: fromMapping,
  };
}

const mappedFormulas: Readonly<Record<NonNullable<BudgetTable['varianceConvention']>, DeviationFormula>> = {
  'forecast-minus-plan': 'actual-minus-plan',
  'plan-minus-forecast': 'plan-minus-actual',
  'favourable-positive': 'favourable-positive',
};

function nameOf(
  formula: DeviationFormula,
  signs: CostSigns,
  negative: boolean,
): { convention: DeviationConvention; number: VarianceConvention['number'] } {
  if (formula === 'plan-minus-actual') return { convention: 'plan-minus-forecast', number: null };
  if (signs.table === 'mixed') return { convention: 'mixed-signs', number: 4 };
  if (formula === 'favourable-positive')
    return negative ? { convention: 'negative-costs', number: 2 } : { convention: 'favourable-positive', number: 3 };
  // actual − plan on unsigned costs in a table that writes them negative: the sizes are compared, not the figures.
  return negative ? { convention: 'mixed-signs', number: 4 } : { convention: 'forecast-minus-plan', number: 1 };
}

/** A deviation figure that does not fit its formula within the rounding of its two operands. */
export interface RowMisfit {
  readonly row: BudgetRow;
  readonly figure: Figure & { readonly value: number };
  readonly expected: number;
}

/**
 * Visits every row with a deviation figure and both operands, with the formula's value for it
 * on unsigned costs, in the deviation column's own terms.
 */
function forEachRow(
  table: BudgetTable,
  variance: number,
  plan: number,
  actual: number,
  formula: DeviationFormula,
  visit: (
    row: BudgetRow & { readonly line: LineKind },
    figure: Figure & { readonly value: number },
    expected: number,
  ) => void,
): void {
  const planNegative = columnCostsNegative(table, plan) === true;
  const actualNegative = columnCostsNegative(table, actual) === true;
  const { rows } = table;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const line = row.line;
    if (line === null) continue;
    const figure = row.figures[variance];
    if (figure === undefined || figure.value === null) continue;
    const planValue = operand(row.figures[plan]);
    const actualValue = operand(row.figures[actual]);
    if (planValue === null || actualValue === null) continue;
    if (row.figures[plan]?.value === null && row.figures[actual]?.value === null) continue;
    const expected = expectedDeviation(
      formula,
      line,
      unsignedValue(line, planValue, planNegative),
      unsignedValue(line, actualValue, actualNegative),
    );
    visit(row as BudgetRow & { readonly line: LineKind }, figure as Figure & { readonly value: number }, expected);
  }
}

/** The rows whose deviation figure the formula does not give, within `tolerance` (looked up only where they differ). */
export function rowMisfits(
  table: BudgetTable,
  variance: number,
  plan: number,
  actual: number,
  formula: DeviationFormula,
  tolerance: (figure: Figure) => number,
): RowMisfit[] {
  const misfits: RowMisfit[] = [];
  forEachRow(table, variance, plan, actual, formula, (row, figure, expected) => {
    if (!differs(figure.value, expected, 0)) return;
    if (differs(figure.value, expected, tolerance(figure))) misfits.push({ row, figure, expected });
  });
  return misfits;
}

/** How many rows a formula fits (tables run to 100 000 rows: nothing is built per row). */
function fitOf(
  table: BudgetTable,
  variance: number,
  plan: number,
  actual: number,
  formula: DeviationFormula,
): { rows: number; fitting: number } {
  let rows = 0;
  let fitting = 0;
  forEachRow(table, variance, plan, actual, formula, (_row, figure, expected) => {
    rows++;
    // Most rows agree to the cent: the rounding is looked up only for those that do not.
    if (!differs(figure.value, expected, 0) || !differs(figure.value, expected, halfUnitGuess(table, figure)))
      fitting++;
  });
  return { rows, fitting };
}

/**
 * While deciding, the rounding of a difference of two figures ((2 + 1) / 2 displayed units),
 * the unit read from the decimals the value shows: the rule then checks each row with the
 * cell's own number format.
 */
function halfUnitGuess(table: BudgetTable, figure: Figure): number {
  return 3 * toleranceOf(table.scale, null, figure.value);
}
