/**
 * total-mismatch: a unit's total lines do not add up.
 *
 * - Toimintakate must be Toimintatuotot − Toimintakulut + Valmistus omaan käyttöön. When the
 *   table writes costs as negative numbers the expenses are added instead (−kulut is already
 *   in the figure); for a table of mixed signs the sign of the row's own expense figure
 *   decides, so that one wrong sign is reported once, by sign-inconsistent, not here.
 * - Toimintakulut must be the sum of its sub-lines (Henkilöstökulut, Palvelujen ostot, …) when
 *   the unit has sub-lines.
 * Checked in every figure column that adds up (TP, TA, …, ENN, Poikkeama; not percentages).
 * Error, at the total's cell: a wrong toimintakate is a wrong figure in a council report.
 * A missing income or own-production row counts as zero (many units have none); a margin
 * without either income or expenses is not checked. Cells holding an error value or non-number
 * text make the sum unknowable and are left to their own findings.
 */
import type { BudgetRow, LineKind } from '../model';
import { costsWrittenNegative } from '../deviations/direction';
import { defineRule } from './define-rule';
import { costSignSample, operand, summableColumns } from './figures';
import { beyondTolerance } from './tolerance';
import { expenseSubLines } from '../model';

export const totalMismatch = defineRule({
  code: 'total-mismatch',
  severity: 'error',
  check(context, report) {
    const { table, index } = context;
    const columns = summableColumns(table);
    for (const [unitId, lines] of index.lineRows) {
      const unit = index.unitName(unitId);
      const margin = lines.get('margin');
      const income = lines.get('income');
      const expenses = lines.get('expenses');
      const ownProduction = lines.get('ownProduction');
      if (margin && (income || expenses)) {
        const negativeCosts = costsWrittenNegative(table, expenses ? costSignSample(table, expenses) : null);
        for (const column of columns) {
          const figure = margin.figures[column];
          if (figure === undefined || figure.value === null) continue;
          const incomeValue = valueIn(income, column);
          const expensesValue = valueIn(expenses, column);
          const ownValue = valueIn(ownProduction, column);
          if (incomeValue === null || expensesValue === null || ownValue === null) continue;
          const costs = negativeCosts ? -expensesValue : expensesValue;
          const expected = incomeValue - costs + ownValue;
          const tolerance = beyondTolerance(figure.value, expected, () => context.toleranceAt(figure));
          if (tolerance === null) continue;
          report({
            cell: figure.cell,
            messageId: 'finding.total-mismatch.margin',
            data: { unit, column: index.columnLabel(column), actual: figure.value, expected, tolerance },
            expected,
            actual: figure.value,
            tolerance,
          });
        }
      }
      if (expenses && index.unitsWithSubLines.has(unitId)) {
        const parts = expenseSubLines
          .map((line: LineKind) => lines.get(line))
          .filter((row): row is BudgetRow => row !== undefined);
        for (const column of columns) {
          const figure = expenses.figures[column];
          if (figure === undefined || figure.value === null) continue;
          let expected = 0;
          let knowable = true;
          for (const part of parts) {
            const value = operand(part.figures[column]);
            if (value === null) {
              knowable = false;
              break;
            }
            expected += value;
          }
          if (!knowable) continue;
          const tolerance = beyondTolerance(figure.value, expected, () => context.toleranceAt(figure));
          if (tolerance === null) continue;
          report({
            cell: figure.cell,
            messageId: 'finding.total-mismatch.expenses',
            data: { unit, line: expenses.label, column: index.columnLabel(column), actual: figure.value, expected, tolerance },
            expected,
            actual: figure.value,
            tolerance,
          });
        }
      }
    }
  },
});

function valueIn(row: BudgetRow | undefined, column: number): number | null {
  return row === undefined ? 0 : operand(row.figures[column]);
}
