/**
 * binding-overrun: at the binding level, the forecast is worse than the budget in force.
 *
 * The binding level (sitovuustaso) is what the council holds the organisation to; exceeding
 * it is a legal matter that needs a supplementary budget, hence error. By default it is the
 * toimintakate of every unit one level below the top unit (the responsibility areas under
 * the service area), or of the only unit when there is one, or of the top units when there
 * is no single top. Settings.bindingUnits names other units (by id or name) and, per unit,
 * another item: toimintakulut as an appropriation (gross budgeting), toimintatuotot as a
 * revenue estimate.
 * Compared: the forecast (ENN, else TOT at year end) against TA+LTA:t, else TA — the budget
 * in force, not the board's operating plan. "Worse" follows the line (lower margin, lower
 * income, more cost, respecting the cost sign) beyond the tolerance. Named: the forecast cell.
 * A unit the settings name that no table has is a warning of its own (binding-unit-not-found.ts).
 */
import type { BindingItem } from '../settings';
import type { BudgetTable, Unit } from '../model';
import { budgetKinds, forecastColumn } from '../deviations/columns';
import { orientation } from '../deviations/direction';
import { defineRule } from './define-rule';
import type { OwnMessageId, RuleContext } from './define-rule';
import { costSignSample } from './figures';

const messageIds = {
  margin: 'finding.binding-overrun.margin',
  expenses: 'finding.binding-overrun.expenses',
  income: 'finding.binding-overrun.income',
} as const satisfies Record<BindingItem, OwnMessageId<'binding-overrun'>>;

/** The budget in force, the forecast against it and by how much it is worse, in euros. */
const overrun = {
  unit: 'text',
  line: 'text',
  column: 'text',
  budget: 'euros',
  forecast: 'euros',
  overrun: 'euros',
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
    for (const { unit, item } of bindingLevel(context)) {
      const row = index.rowOf(unit.id, item);
      if (!row) continue;
      const budgetValue = row.figures[budget.column]?.value ?? null;
      const forecastFigure = row.figures[forecast.column];
      if (budgetValue === null || forecastFigure === undefined || forecastFigure.value === null) continue;
      const sign = orientation(table, item, costSignSample(table, row));
      const shortfall = (budgetValue - forecastFigure.value) * sign;
      const tolerance = context.toleranceAt(forecastFigure);
      if (shortfall <= tolerance) continue;
      report({
        cell: forecastFigure.cell,
        messageId: messageIds[item],
        data: {
          unit: unit.name,
          line: row.label,
          column: index.columnLabel(forecast.column),
          budget: budgetValue,
          forecast: forecastFigure.value,
          overrun: shortfall,
          tolerance,
        },
        expected: budgetValue,
        actual: forecastFigure.value,
        tolerance,
      });
    }
  },
});

/** The units and items the council binds, in table order. */
export function bindingLevel(context: Pick<RuleContext, 'table' | 'settings'>): { unit: Unit; item: BindingItem }[] {
  const { table, settings } = context;
  if (settings.bindingUnits === null) return defaultBindingUnits(table).map((unit) => ({ unit, item: 'margin' }));
  const result: { unit: Unit; item: BindingItem }[] = [];
  for (const binding of settings.bindingUnits) {
    const wanted = normaliseUnitName(binding.unit);
    const unit =
      table.units.find((u) => normaliseUnitName(u.id) === wanted) ??
      table.units.find((u) => normaliseUnitName(u.name) === wanted);
    if (unit) result.push({ unit, item: binding.item });
  }
  return result;
}

function defaultBindingUnits(table: BudgetTable): readonly Unit[] {
  if (table.units.length <= 1) return table.units;
  const topLevel = table.units.reduce((min, u) => Math.min(min, u.level), Infinity);
  const tops = table.units.filter((u) => u.level === topLevel);
  if (tops.length > 1) return tops;
  const top = tops[0];
  const below = table.units.filter((u) => u.parentId === top.id);
  return below.length > 0 ? below : tops;
}

/** Unit names and ids as the settings and the tables are matched: case and runs of spaces aside. */
export function normaliseUnitName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}
