/** Which columns a deviation compares: the plan in force and the full-year forecast. */
import type { BudgetTable, ColumnKind, Period } from '../model';

/** The plan a forecast is judged against, most current first: KS+LTA:t, TA+LTA:t, KS, TA. */
export const planKinds: readonly ColumnKind[] = ['currentPlan', 'currentBudget', 'operatingPlan', 'budget'];

/** The budget in force the binding level is judged against: TA+LTA:t, else TA. */
export const budgetKinds: readonly ColumnKind[] = ['currentBudget', 'budget'];

/**
 * The full-year forecast: ENN, else the actual when it is the year's actual: it covers the
 * whole year (TOT 1-12, a Q4 period), or nothing marks it as interim (no months of its own, no
 * interim period), as in year-end statements and minutes (`TOT 2024`, `Toteutuma`), since at
 * year end the actual is the outcome. A TOT 1-6, or a bare TOT in a Q2 workbook, is no forecast.
 */
export function forecastColumn(table: BudgetTable, period: Period | null): { kind: ColumnKind; column: number } | null {
  const forecast = table.primary.forecast;
  if (forecast !== undefined) return { kind: 'forecast', column: forecast };
  const actual = table.primary.actual;
  if (actual === undefined) return null;
  const months = table.columns.find((c) => c.column === actual)?.months ?? null;
  const yearEnd = months !== null ? months.to === 12 : period === null || period.quarter === 4;
  return yearEnd ? { kind: 'actual', column: actual } : null;
}

export function planColumn(table: BudgetTable): { kind: ColumnKind; column: number } | null {
  for (const kind of planKinds) {
    const column = table.primary[kind];
    if (column !== undefined) return { kind, column };
  }
  return null;
}
