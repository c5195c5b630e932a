/**
 * type-error: a figure cell holds text.
 *
 * Text that reads as a number ('1 234,5', '(1 234)', '−1 234') is read the way the user meant
 * it, but Excel's SUM skips text, so every total over it is silently short: warning, with the
 * number it was read as. Text that is no number ('n/a', '12 34x') is an error: the figure is
 * simply not there. So is a date (a number in a date format) or a truth value, typed or a formula's
 * result: read as euros it would be summed without a word. A dash alone is the customary "nothing"
 * and is no finding.
 * A binding marker cell (Sitovuus) that is neither B/N nor brutto/netto is a warning too: the
 * unit's binding level then comes from the settings or the defaults, and the user must know.
 */
import { toA1 } from '../address';
import { defineRule } from './define-rule';
import { isDash } from './figures';
import { where } from './where';

export const typeError = defineRule({
  code: 'type-error',
  severity: 'error',
  messages: {
    /** value: the number the text was read as, in the table's scale; euros: the same in euros. */
    'finding.type-error.number-as-text': {
      unit: 'text',
      line: 'text',
      column: 'text',
      text: 'text',
      value: 'number',
      euros: 'euros',
    },
    'finding.type-error.not-a-number': { unit: 'text', line: 'text', column: 'text', text: 'text' },
    /** text: the date or the truth value as Excel shows it. */
    'finding.type-error.date': { unit: 'text', line: 'text', column: 'text', text: 'text' },
    'finding.type-error.boolean': { unit: 'text', line: 'text', column: 'text', text: 'text' },
    /** A binding marker (Sitovuus) cell that is neither B nor N; column is the marker column's label. */
    'finding.type-error.binding-marker': { unit: 'text', column: 'text', text: 'text' },
  },
  check(context, report) {
    const factor = context.table.scale.factor;
    for (const { row, figure } of context.index.textFigures) {
      if (isDash(figure.text)) continue;
      const text = figure.text ?? '';
      if (figure.nonFigure !== undefined) {
        report({
          cell: figure.cell,
          messageId: `finding.type-error.${figure.nonFigure}`,
          data: { ...where(context, row, figure), text },
        });
      } else if (figure.value !== null) {
        report({
          cell: figure.cell,
          severity: 'warning',
          messageId: 'finding.type-error.number-as-text',
          data: {
            ...where(context, row, figure),
            text,
            value: figure.value / factor,
            euros: figure.value,
          },
          actual: figure.value,
        });
      } else {
        report({
          cell: figure.cell,
          messageId: 'finding.type-error.not-a-number',
          data: { ...where(context, row, figure), text },
        });
      }
    }
    const markers = context.table.bindingMarkers;
    for (const { row, text } of markers?.unreadable ?? []) {
      const budgetRow = context.table.rows.find((r) => r.row === row);
      report({
        cell: toA1(row, markers!.column),
        severity: 'warning',
        messageId: 'finding.type-error.binding-marker',
        data: {
          text,
          column: markers!.label,
          unit: budgetRow ? context.index.unitName(budgetRow.unitId) : '',
        },
      });
    }
  },
});
