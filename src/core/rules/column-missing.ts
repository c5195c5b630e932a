/**
 * column-missing: a figure column the checks need is absent.
 *
 * One finding per missing concept, never one per row: a table without a forecast cannot have
 * deviations, and saying so once is the useful message. The concepts a controller expects:
 * - a plan (KS+LTA:t, TA+LTA:t, KS or TA) and a forecast (ENN, or TOT for the whole year) —
 *   without them there are no deviations: warning;
 * - a plan in force (KS+LTA:t or TA+LTA:t): without one, deviations fall back to the original
 *   KS or TA, which ignores supplementary budgets: info, naming the column used;
 * - a budget (TA+LTA:t or TA) for the binding level, the council's appropriation: warning.
 * The finding names the table's top-left cell, on the header row where the column would stand.
 */
import { defineRule } from './define-rule';
import { budgetKinds, forecastColumn, planKinds } from '../deviations/columns';

export const columnMissing = defineRule({
  code: 'column-missing',
  severity: 'warning',
  messages: {
    'finding.column-missing.plan': { range: 'text' },
    'finding.column-missing.plan-in-force': { range: 'text', used: 'text' },
    'finding.column-missing.forecast': { range: 'text' },
    'finding.column-missing.budget': { range: 'text' },
  },
  check({ table, index, period }, report) {
    const cell = table.range.split(':')[0];
    const range = `${table.sheet}!${table.range}`;
    const plan = index.firstColumn(planKinds);
    if (plan === null) {
      report({ cell, messageId: 'finding.column-missing.plan', data: { range } });
    } else {
      if (plan.kind !== 'currentPlan' && plan.kind !== 'currentBudget') {
        report({
          cell,
          severity: 'info',
          messageId: 'finding.column-missing.plan-in-force',
          data: { range, used: index.columnLabel(plan.column) },
        });
      }
      if (index.firstColumn(budgetKinds) === null) {
        report({ cell, messageId: 'finding.column-missing.budget', data: { range } });
      }
    }
    if (forecastColumn(table, period) === null) {
      report({ cell, messageId: 'finding.column-missing.forecast', data: { range } });
    }
  },
});
