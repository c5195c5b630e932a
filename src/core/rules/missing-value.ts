/**
 * missing-value: a required figure is empty.
 *
 * Required are the columns a follow-up is built from: TA, TA+LTA:t, KS, KS+LTA:t, TOT, ENN
 * and Poikkeama. Not required: TP (a unit may be new), LTA (empty means no supplementary
 * budget) and percentages. Only rows of known lines that have some non-zero figure are
 * checked: a line of blanks and zeros is a line the unit does not use (no own-account
 * production, say), which Finnish tables customarily leave blank or fill with zeros. Warning: SUM counts the gap as zero, so totals still
 * add up, but the deviation of that line cannot be told.
 * Formulas without a calculated result (a file written by a program that does not calculate)
 * are as good as empty to every check: one finding for the table, at the first of them, says so
 * and how many there are, rather than one per cell.
 */
import { defineRule } from './define-rule';
import { columnsOfKinds } from './figures';
import { where } from './where';

export const missingValue = defineRule({
  code: 'missing-value',
  severity: 'warning',
  messages: {
    'finding.missing-value': { unit: 'text', line: 'text', column: 'text' },
    'finding.missing-value.uncalculated': { count: 'number' },
  },
  check(context, report) {
    const required = new Set(
      columnsOfKinds(context.table, [
        'budget',
        'currentBudget',
        'operatingPlan',
        'currentPlan',
        'actual',
        'forecast',
        'variance',
      ]),
    );
    const uncalculated = context.index.uncalculatedFigures;
    if (uncalculated.length > 0) {
      report({
        cell: uncalculated[0].figure.cell,
        messageId: 'finding.missing-value.uncalculated',
        data: { count: uncalculated.length },
      });
    }
    for (const { row, figure } of context.index.emptyFiguresOfFilledRows) {
      // A dash (or another no-value mark) says "nothing here" on purpose: not missing.
      if (row.line === null || !required.has(figure.column) || figure.text !== undefined) continue;
      report({
        cell: figure.cell,
        messageId: 'finding.missing-value',
        data: where(context, row, figure),
      });
    }
  },
});
