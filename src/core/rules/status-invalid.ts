/**
 * status-invalid (error): a strategic measure's status is none of the known values (nor a fill
 * colour that reads as one), or is missing. Named: the status cell, with the measure and the
 * status as written, so the controller can correct it in place.
 */
import { defineWorkbookRule } from './define-rule';

export const statusInvalid = defineWorkbookRule({
  code: 'status-invalid',
  severity: 'error',
  messages: { 'finding.status-invalid': { measure: 'text', value: 'text' } },
  check({ strategy }, report) {
    if (strategy === null) return;
    for (const measure of strategy.measures) {
      if (measure.status !== null) continue;
      report({
        sheet: strategy.sheet,
        cell: measure.cell,
        messageId: 'finding.status-invalid',
        data: { measure: measure.name, value: measure.raw },
      });
    }
  },
});
