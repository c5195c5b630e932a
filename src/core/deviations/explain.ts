/**
 * What the engine found each table to follow, as data to show with it: the cost signs, the
 * columns its deviations compare, the deviation column's convention, the binding units and
 * items, and the tolerance. A controller reads from this why a figure was or was not flagged.
 */
import { columnLetters } from '../address';
import type { BudgetTable, Period, TableConventions } from '../model';
import type { Settings } from '../settings';
import type { SheetSnapshot } from '../snapshot';
import { bindingTargets } from '../rules/binding-level';
import { ruleContext } from '../rules';
import { forecastColumn, planColumn } from './columns';
import { costSignsOf, varianceConventionOf } from './convention';

export function tableConventions(
  table: BudgetTable,
  settings: Settings,
  period: Period | null,
  sheet?: SheetSnapshot,
): TableConventions {
  const context = ruleContext(table, { settings, period, sheet });
  const label = (column: number) => context.index.columnLabel(column);
  const plan = planColumn(table);
  const actual = forecastColumn(table, period);
  const months = actual ? (table.columns.find((c) => c.column === actual.column)?.months ?? null) : null;
  const planFigure = plan
    ? table.rows.find((row) => row.figures[plan.column]?.value != null)?.figures[plan.column]
    : undefined;
  const halfUnit = planFigure ? context.toleranceAt(planFigure) : table.scale.factor / 2;
  return {
    sheet: table.sheet,
    range: table.range,
    costSigns: costSignsOf(table),
    deviationBasis:
      plan && actual
        ? {
            plan: { ...plan, label: label(plan.column) },
            actual: { ...actual, label: label(actual.column) },
            yearEnd: actual.kind === 'actual' && (months === null || months.to === 12),
          }
        : null,
    varianceConvention: varianceConventionOf(table, period),
    binding: {
      markerColumn: table.bindingMarkers ? columnLetters(table.bindingMarkers.column) : null,
      units: bindingTargets(table, settings).map((target) => ({
        unit: target.unit.name,
        mode: target.mode,
        items: [...target.items],
        source: target.source,
      })),
    },
    tolerance: { halfUnit, displayedUnit: halfUnit * 2 },
  };
}
