/**
 * layout-unclear (error): recognition read a table but could not tell part of its layout, e.g.
 * two figure columns of the same kind, year and period with no label column between them. The
 * reader notes what it could not tell on the table (BudgetTable.unclear); this rule reports it.
 */
import { defineRule, type ReportedProblem } from './define-rule';

export const layoutMessages = {
  'finding.layout-unclear.repeated-column': { column: 'text', first: 'text' },
} as const;

/** What recognition could not tell about a table, at the cell it concerns. */
export type LayoutProblem = ReportedProblem<typeof layoutMessages>;

export const layoutUnclear = defineRule({
  code: 'layout-unclear',
  severity: 'error',
  messages: layoutMessages,
  check({ table }, report) {
    for (const problem of table.recognitionFindings) report(problem);
  },
});
