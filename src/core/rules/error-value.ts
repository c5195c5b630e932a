/**
 * error-value: a figure cell holds an Excel error value (#REF!, #DIV/0!, #N/A, …).
 *
 * Error: the figure is unknown and every formula that refers to it shows the error too, so
 * the table cannot be published. Only the cells of the table's figure columns are checked.
 */
import { defineRule } from './define-rule';
import { where } from './where';

export const errorValue = defineRule({
  code: 'error-value',
  severity: 'error',
  messages: { 'finding.error-value': { unit: 'text', line: 'text', column: 'text', value: 'text' } },
  check(context, report) {
    for (const { row, figure } of context.index.errorFigures) {
      report({
        cell: figure.cell,
        messageId: 'finding.error-value',
        data: { ...where(context, row, figure), value: figure.text ?? '#VALUE!' },
      });
    }
  },
});
