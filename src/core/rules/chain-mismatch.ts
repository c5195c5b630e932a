/**
 * chain-mismatch: a derived budget column does not follow from its parts.
 *
 * - TA+LTA:t must be TA + LTA:t (the budget in force is the original plus the supplementary
 *   budgets). Checked only when all three columns are present; without an LTA column nothing
 *   says whether supplementary budgets were decided.
 * - Poikkeama must be ENN − KS+LTA:t, as the seed's glossary defines it.
 * Error, at the derived cell (TA+LTA:t or Poikkeama): a variance column that disagrees with its
 * own forecast misleads exactly the reader who trusts it. An empty part counts as zero (SUM);
 * an empty derived cell is missing-value's business.
 */
import type { BudgetRow } from '../model';
import { defineRule } from './define-rule';
import type { Report, RuleContext } from './define-rule';
import type { FindingMessageId } from '../../i18n/catalogs/findings';
import { operand } from './figures';
import { beyondTolerance } from './tolerance';

/** derived = first + sign × second, in every row. */
interface Chain {
  readonly derived: number;
  readonly first: number;
  readonly second: number;
  readonly sign: 1 | -1;
  readonly messageId: FindingMessageId;
}

export const chainMismatch = defineRule({
  code: 'chain-mismatch',
  severity: 'error',
  check(context, report) {
    const { primary } = context.table;
    const chains: Chain[] = [];
    if (primary.currentBudget !== undefined && primary.budget !== undefined && primary.supplementary !== undefined) {
      chains.push({
        derived: primary.currentBudget,
        first: primary.budget,
        second: primary.supplementary,
        sign: 1,
        messageId: 'finding.chain-mismatch.current-budget',
      });
    }
    if (primary.variance !== undefined && primary.forecast !== undefined && primary.currentPlan !== undefined) {
      chains.push({
        derived: primary.variance,
        first: primary.forecast,
        second: primary.currentPlan,
        sign: -1,
        messageId: 'finding.chain-mismatch.variance',
      });
    }
    if (chains.length === 0) return;
    for (const row of context.table.rows) {
      for (const chain of chains) checkRow(context, row, chain, report);
    }
  },
});

function checkRow(context: RuleContext, row: BudgetRow, chain: Chain, report: Report): void {
  const figure = row.figures[chain.derived];
  if (figure === undefined || figure.value === null) return;
  const first = operand(row.figures[chain.first]);
  const second = operand(row.figures[chain.second]);
  if (first === null || second === null) return;
  const expected = first + chain.sign * second;
  const tolerance = beyondTolerance(figure.value, expected, () => context.toleranceAt(figure));
  if (tolerance === null) return;
  report({
    cell: figure.cell,
    messageId: chain.messageId,
    data: {
      unit: context.index.unitName(row.unitId),
      line: row.label,
      column: context.index.columnLabel(chain.derived),
      actual: figure.value,
      expected,
      tolerance,
    },
    expected,
    actual: figure.value,
    tolerance,
  });
}
