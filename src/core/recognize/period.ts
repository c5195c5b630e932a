/** The reporting period, from the period mark of the actual column ('TOT 1-12 2024' → Q4/2024). */
import type { BudgetTable, Period } from '../model';

/**
 * The quarter whose end the actual figures reach (months 1-3 → Q1, 1-6 → Q2, 1-8 → Q3 under
 * way, 1-12 → Q4) and the year of that column, else the latest year among the table's
 * columns. null when no table's primary actual column names its months, or no year is known.
 */
export function periodOf(tables: readonly BudgetTable[]): Period | null {
  for (const table of tables) {
    const column = table.columns.find((c) => c.column === table.primary.actual && c.kind === 'actual');
    if (!column?.months) continue;
    const year = column.year ?? latestYear(table);
    if (year === null) continue;
    const quarter = Math.min(4, Math.max(1, Math.ceil(column.months.to / 3))) as Period['quarter'];
    return { quarter, year };
  }
  return null;
}

function latestYear(table: BudgetTable): number | null {
  let year: number | null = null;
  for (const column of table.columns) {
    if (column.kind === 'priorYear' || column.year === null) continue;
    if (year === null || column.year > year) year = column.year;
  }
  return year;
}
