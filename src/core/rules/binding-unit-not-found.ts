/**
 * binding-unit-not-found: a binding unit the settings or the command line name that no table
 * has (a misspelt or renamed unit). A warning at the first table's corner, since otherwise the
 * check the user asked for would be silently skipped; never a binding-overrun, which is about
 * figures. Judged across all tables (binding-level.ts), as each unit lives in one of them.
 */
import { unmatchedBindingUnits } from './binding-level';
import { defineWorkbookRule } from './define-rule';

export const bindingUnitNotFound = defineWorkbookRule({
  code: 'binding-unit-not-found',
  severity: 'warning',
  messages: {
    'finding.binding-unit-not-found': { unit: 'text' },
    'finding.binding-unit-not-found.command-line': { unit: 'text' },
  },
  check({ tables, settings }, report) {
    const first = tables[0];
    for (const { unit, source } of unmatchedBindingUnits(tables, settings)) {
      report({
        sheet: first.sheet,
        cell: first.range.split(':')[0],
        messageId:
          source === 'settings' ? 'finding.binding-unit-not-found' : 'finding.binding-unit-not-found.command-line',
        data: { unit },
      });
    }
  },
});
