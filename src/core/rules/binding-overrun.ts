/**
 * binding-overrun: at the binding level, the outcome is worse than the budget in force.
 *
 * The binding level (sitovuustaso, binding-level.ts) is what the council holds the
 * organisation to. Under net binding the margin binds: a lower margin is an overrun of the
 * (net) appropriation. Under gross binding the costs are the appropriation (määräraha), whose
 * overrun (määrärahan ylitys) needs the council's approval, and the income is the revenue
 * estimate (tuloarvio), whose shortfall (tuloarvion alitus) must be explained. Error: a legal
 * matter for the council.
 * Compared: the forecast (ENN, else the year's actual) against TA+LTA:t, else TA (the budget
 * in force, not the board's operating plan), each cost figure in its own column's sign (a
 * budget printed unsigned beside a negative actual compares by size). "Worse" beyond half a
 * displayed unit. Named: the forecast cell, with the amount.
 */
import type { BindingItem } from '../settings';
import { budgetKinds, forecastColumn } from '../deviations/columns';
import { alignToPlan, columnCostsNegative } from '../deviations/convention';
import { orientation } from '../deviations/direction';
import { bindingTargets } from './binding-level';
import { defineRule } from './define-rule';
import type { OwnMessageId, RuleContext } from './define-rule';
import { costSignSample } from './figures';
import type { Unit } from '../model';

const messageIds = {
  margin: 'finding.binding-overrun.margin',
  expenses: 'finding.binding-overrun.expenses',
  income: 'finding.binding-overrun.income',
} as const satisfies Record<BindingItem, OwnMessageId<'binding-overrun'>>;

/** The budget in force, the outcome against it and by how much it is worse, in euros; item is the BindingItem bound. */
const overrun = {
  unit: 'text',
  line: 'text',
  column: 'text',
  budgetColumn: 'text',
  budget: 'euros',
  forecast: 'euros',
  overrun: 'euros',
  item: 'text',
  tolerance: 'euros',
} as const;

export const bindingOverrun = defineRule({
  code: 'binding-overrun',
  severity: 'error',
  messages: {
    'finding.binding-overrun.margin': overrun,
    'finding.binding-overrun.expenses': overrun,
    'finding.binding-overrun.income': overrun,
  },
  check(context, report) {
    const { table, index } = context;
    const budget = index.firstColumn(budgetKinds);
    const forecast = forecastColumn(table, context.period);
    if (budget === null || forecast === null) return;
    const aligned = alignToPlan(table, budget.column, forecast.column);
    for (const target of bindingTargets(table, context.settings)) {
      for (const item of target.items) {
        const row = index.rowOf(target.unit.id, item);
        if (!row) continue;
        const budgetValue = row.figures[budget.column]?.value ?? null;
        const forecastFigure = row.figures[forecast.column];
        if (budgetValue === null || forecastFigure === undefined || forecastFigure.value === null) continue;
        const outcome = aligned(item, forecastFigure.value);
        const planNegative = columnCostsNegative(table, budget.column, context.period);
        const sign = orientation(
          table,
          item,
          planNegative === null ? costSignSample(table, row) : planNegative ? -1 : 1,
        );
        const overrun = (budgetValue - outcome) * sign;
        const tolerance = context.toleranceAt(forecastFigure);
        if (overrun <= tolerance) continue;
        report({
          cell: forecastFigure.cell,
          messageId: messageIds[item],
          data: {
            unit: target.unit.name,
            line: row.label,
            column: index.columnLabel(forecast.column),
            budgetColumn: index.columnLabel(budget.column),
            budget: budgetValue,
            forecast: forecastFigure.value,
            overrun,
            item,
            tolerance,
          },
          expected: budgetValue,
          actual: forecastFigure.value,
          tolerance,
        });
      }
    }
  },
});

/** The units and items the council binds in the context's table, in table order (see binding-level.ts). */
export function bindingLevel(context: Pick<RuleContext, 'table' | 'settings'>): { unit: Unit; item: BindingItem }[] {
  return bindingTargets(context.table, context.settings).flatMap((target) =>
    target.items.map((item) => ({ unit: target.unit, item })),
  );
}
