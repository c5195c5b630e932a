/**
 * sign-inconsistent: costs are written positive in some cells and negative in others.
 *
 * A workbook writes its costs one way (Toimintakulut 10,7 or −10,7); mixing both makes every
 * total and deviation wrong by twice the figure. The majority sign is taken as the table's
 * convention and each cell of the minority sign is named (error). On a tie, the convention
 * recognition settled on decides, else positive.
 * Cost cells are those of Toimintakulut and its sub-lines in the plan, actual and forecast
 * columns; LTA:t (a supplementary budget can cut costs), Poikkeama (either sign is a
 * legitimate variance) and percentages are not costs in this sense, and zeros have no sign.
 */
import { natureOf } from '../model';
import { defineRule } from './define-rule';
import { where } from './where';

export const signInconsistent = defineRule({
  code: 'sign-inconsistent',
  severity: 'error',
  messages: {
    'finding.sign-inconsistent.negative': {
      unit: 'text',
      line: 'text',
      column: 'text',
      value: 'euros',
      count: 'number',
    },
    'finding.sign-inconsistent.positive': {
      unit: 'text',
      line: 'text',
      column: 'text',
      value: 'euros',
      count: 'number',
    },
  },
  check(context, report) {
    const { table } = context;
    const columns = table.columns
      .filter((c) => c.kind !== 'supplementary' && c.kind !== 'variance' && c.kind !== 'actualPct')
      .map((c) => c.column);
    const costRows = table.rows.filter((row) => row.line !== null && natureOf(row.line) === 'cost');
    let positive = 0;
    let negative = 0;
    for (const row of costRows) {
      for (const column of columns) {
        const value = row.figures[column]?.value;
        if (value === undefined || value === null || value === 0) continue;
        if (value > 0) positive++;
        else negative++;
      }
    }
    if (positive === 0 || negative === 0) return;
    const negativeWins = negative > positive || (negative === positive && table.costSign === 'negative');
    const count = negativeWins ? negative : positive;
    for (const row of costRows) {
      for (const column of columns) {
        const figure = row.figures[column];
        if (figure === undefined || figure.value === null || figure.value === 0) continue;
        if (figure.value > 0 !== negativeWins) continue;
        report({
          cell: figure.cell,
          messageId: negativeWins ? 'finding.sign-inconsistent.positive' : 'finding.sign-inconsistent.negative',
          data: { ...where(context, row, figure), value: figure.value, count },
          actual: figure.value,
        });
      }
    }
  },
});
