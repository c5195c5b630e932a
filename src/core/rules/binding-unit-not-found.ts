/**
 * A binding unit the settings name that no table has (a misspelt or renamed unit): a warning at
 * the first table's corner, since otherwise the check the user asked for would be silently
 * skipped. Judged across all tables, as each unit lives in one of them.
 */
import { defineWorkbookRule } from './define-rule';
import { normaliseUnitName } from './binding-overrun';

export const bindingUnitNotFound = defineWorkbookRule({
  code: 'binding-overrun',
  severity: 'warning',
  messages: { 'finding.binding-overrun.unit-not-found': { unit: 'text' } },
  check({ tables, settings }, report) {
    if (settings.bindingUnits === null || tables.length === 0) return;
    const known = new Set<string>();
    for (const table of tables) {
      for (const unit of table.units) {
        known.add(normaliseUnitName(unit.id));
        known.add(normaliseUnitName(unit.name));
      }
    }
    const first = tables[0];
    for (const binding of settings.bindingUnits) {
      if (known.has(normaliseUnitName(binding.unit))) continue;
      report({
        sheet: first.sheet,
        cell: first.range.split(':')[0],
        messageId: 'finding.binding-overrun.unit-not-found',
        data: { unit: binding.unit },
      });
    }
  },
});
