/** The place a message names, in the workbook's own words: unit, line and column label. */
import type { BudgetRow, Figure } from '../model';
import type { RuleContext } from './define-rule';

export function where(
  context: RuleContext,
  row: BudgetRow,
  figure: Figure,
): { unit: string; line: string; column: string } {
  return {
    unit: context.index.unitName(row.unitId),
    line: row.label,
    column: context.index.columnLabel(figure.column),
  };
}
