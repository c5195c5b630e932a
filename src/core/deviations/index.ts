/**
 * Deviations: for every unit and line with a plan and a forecast, how far the forecast is from
 * the plan, in € and in % of the plan's absolute value, whether that is favourable, and its
 * traffic light.
 *
 * The percentage keeps the workbook's sign (toimintakate −105 against −100 is −5 %), while
 * the direction says in words whether it is good, judged by the line's nature and the table's
 * cost sign: signs in budget reports are ambiguous, words are not.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import type { BudgetTable, ColumnKind, Deviation, Direction, Period, TrafficLight } from '../model';
import type { Settings, Thresholds } from '../settings';
import { costSignSample } from '../rules/figures';
import { indexTable } from '../rules/table-index';
import { ruleContext } from '../rules';
import { forecastColumn, planColumn } from './columns';
import { directionOf, orientation } from './direction';
import { alignToPlan, columnCostsNegative } from './convention';
import { natureOf } from '../model';
import type { LineKind } from '../model';

function orientationBySign(line: LineKind, costsNegative: boolean): 1 | -1 {
  if (natureOf(line) !== 'cost') return 1;
  return costsNegative ? 1 : -1;
}

export { costsWrittenNegative, directionOf, orientation } from './direction';
export { budgetKinds, forecastColumn, planColumn, planKinds } from './columns';
export {
  alignToPlan,
  columnCostsNegative,
  costSignsOf,
  varianceConventionOf,
  type ColumnCostSign,
  type CostSigns,
  type DeviationConvention,
  type VarianceConvention,
} from './convention';

/**
 * Every deviation of every table, in table and row order. The snapshot, when given, lets the
 * number formats refine "on plan" to half a displayed unit (as the rules do).
 */
export function computeDeviations(
  tables: readonly BudgetTable[],
  settings: Settings,
  period: Period | null,
  snapshot?: WorkbookSnapshot,
): Deviation[] {
  const deviations: Deviation[] = [];
  for (const table of tables) {
    const sheet = snapshot?.sheets.find((s) => s.name === table.sheet);
    deviationsOfTable(table, settings, period, sheet, deviations);
  }
  return deviations;
}

function deviationsOfTable(
  table: BudgetTable,
  settings: Settings,
  period: Period | null,
  sheet: SheetSnapshot | undefined,
  into: Deviation[],
): void {
  const plan = planColumn(table);
  const forecast = forecastColumn(table, period);
  if (plan === null || forecast === null) return;
  const index = indexTable(table);
  const context = ruleContext(table, { settings, period, sheet });
  const variance = table.primary.variance;
  const interim = interimOf(table, period, forecast.kind);
  const planNegative = columnCostsNegative(table, plan.column, period);
  // The plan column's own cost sign decides, else the table's convention, else the figures.
  const known = table.costSign === 'positive' || table.costSign === 'negative';
  const aligned = alignToPlan(table, plan.column, forecast.column);

  for (const { unitId, rows } of index.unitLines) {
    const unit = index.unitsById.get(unitId);
    for (const row of rows) {
      const { line } = row;
      const planFigure = row.figures[plan.column];
      const planValue = planFigure?.value ?? null;
      const forecastFigure = row.figures[forecast.column];
      if (planValue === null || forecastFigure === undefined || forecastFigure.value === null) continue;
      // A plan the table shows as 0 (under half its displayed unit) is a zero plan: a per cent of
      // 0.000001 € would be an absurd 10^13 %, so only the euros of the deviation judge it.
      const zeroPlan = Math.abs(planValue) < context.toleranceAt(planFigure);
      const sample =
        planNegative !== null ? (planNegative ? -1 : 1) : known ? null : (costSignSample(table, row) ?? planValue);
      const sign = planNegative !== null ? orientationBySign(line, planNegative) : orientation(table, line, sample);
      const tolerance = context.toleranceAt(forecastFigure);
      // A forecast printed in another sign than its plan (convention 4) is compared by size, in the plan's sign.
      const deviation = aligned(line, forecastFigure.value) - planValue;
      const direction = directionOf(deviation, sign, tolerance);
      let interimResult: Deviation['interim'];
      if (interim) {
        const actual = row.figures[interim.column]?.value ?? null;
        if (actual !== null) {
          const expected = planValue * interim.share;
          interimResult = {
            actual,
            share: interim.share,
            expected,
            deviation: actual - expected,
            direction: directionOf(actual - expected, sign, tolerance),
          };
        }
      }
      const result: Deviation = {
        sheet: table.sheet,
        unitId,
        unit: unit?.name ?? unitId,
        unitLevel: unit?.level ?? 0,
        line,
        lineLabel: row.label,
        plan: planValue,
        planKind: plan.kind,
        forecast: forecastFigure.value,
        forecastKind: forecast.kind,
        deviation,
        deviationPct: zeroPlan ? null : (deviation / Math.abs(planValue)) * 100,
        direction,
        status: colourOf(direction, deviation, zeroPlan ? 0 : planValue, settings.thresholds),
        cell: forecastFigure.cell,
        varianceCell: variance === undefined ? null : (row.figures[variance]?.cell ?? null),
      };
      into.push(interimResult ? { ...result, interim: interimResult } : result);
    }
  }
}

/**
 * The traffic light: green on plan or favourable; an unfavourable deviation is yellow when it
 * reaches both the relative and the absolute yellow threshold, red when it reaches both red
 * ones. A zero plan (the caller passes 0 for one under half a displayed unit) has no relative
 * size, so the absolute threshold alone decides: a cost nobody planned for is judged by its euros.
 */
export function colourOf(direction: Direction, deviation: number, plan: number, thresholds: Thresholds): TrafficLight {
  if (direction !== 'unfavourable') return 'green';
  const size = Math.abs(deviation);
  const relative = plan === 0 ? null : size / Math.abs(plan);
  const reaches = (threshold: { relative: number; absolute: number }) =>
    size >= threshold.absolute && (relative === null || relative >= threshold.relative - 1e-12);
  if (reaches(thresholds.red)) return 'red';
  if (reaches(thresholds.yellow)) return 'yellow';
  return 'green';
}

/**
 * Interim quarters (Q1–Q3): the actual to date against the plan's elapsed share, when the table
 * has an actual that is not itself the forecast. The share is the months the actual covers
 * (TOT 1-6 → 0.5, TOT 1-8 → 8/12), else the quarter's (Q2 → 0.5). Budgets are not spent evenly
 * (holidays, annual grants), so this is a hint beside the full-year deviation, not its colour.
 */
function interimOf(
  table: BudgetTable,
  period: Period | null,
  forecastKind: ColumnKind,
): { column: number; share: number } | null {
  const actual = table.primary.actual;
  if (actual === undefined || forecastKind === 'actual') return null;
  const months = table.columns.find((c) => c.column === actual)?.months ?? null;
  if (months !== null) {
    const covered = months.to - months.from + 1;
    return covered > 0 && covered < 12 ? { column: actual, share: covered / 12 } : null;
  }
  if (period === null || period.quarter === 4) return null;
  return { column: actual, share: period.quarter / 4 };
}
