/**
 * Which way is good. More income is good, a higher margin is good, more cost is bad, and
 * "more cost" depends on how the table writes costs: when costs are negative numbers, a more
 * negative cost is more cost. Signs in budget workbooks are ambiguous, so every judgement of
 * good or bad goes through here.
 */
import { natureOf } from '../model';
import type { BudgetTable, Direction, LineKind } from '../model';

/** Whether the table writes its costs as negative numbers; for mixed or unknown tables, judged by the figure at hand. */
export function costsWrittenNegative(table: BudgetTable, sample: number | null): boolean {
  if (table.costSign === 'negative') return true;
  if (table.costSign === 'positive') return false;
  return sample !== null && sample < 0;
}

/** +1 when a rise of the line's figure is favourable, −1 when it is unfavourable. */
export function orientation(table: BudgetTable, line: LineKind, sample: number | null): 1 | -1 {
  if (natureOf(line) !== 'cost') return 1;
  return costsWrittenNegative(table, sample) ? 1 : -1;
}

/** A change's direction, on plan when within the tolerance. */
export function directionOf(change: number, sign: 1 | -1, tolerance: number): Direction {
  if (Math.abs(change) <= tolerance) return 'on-plan';
  return change * sign > 0 ? 'favourable' : 'unfavourable';
}
