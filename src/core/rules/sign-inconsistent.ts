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
 * When every column is consistent in itself but the columns differ (a budget printed unsigned
 * beside its actual printed negative, the fourth convention of real statements), that is one
 * warning per minority column at its first cost cell: the engine compares such costs by size,
 * and says so, rather than calling every cell of a column an error.
 */
import { costSignsOf } from '../deviations/convention';
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
    /** A column of negative costs beside a column of unsigned ones: one figure of each on the same row. */
    'finding.sign-inconsistent.columns': {
      unit: 'text',
      line: 'text',
      column: 'text',
      otherColumn: 'text',
      value: 'euros',
      otherValue: 'euros',
    },
  },
  check(context, report) {
    const { table, index } = context;
    const { costRows } = index;
    let positive = 0;
    let negative = 0;
    for (const count of index.costSignCounts) {
      positive += count.positive;
      negative += count.negative;
    }
    if (positive === 0 || negative === 0) return;
    const signs = costSignsOf(table);
    const byColumn = signs.columns.filter((c) => c.sign !== 'unknown');
    if (byColumn.every((c) => c.sign !== 'mixed')) {
      const negativeColumns = byColumn.filter((c) => c.sign === 'negative');
      const unsignedColumns = byColumn.filter((c) => c.sign === 'unsigned');
      // The minority of columns is named; on a tie, the negative ones (the figures are most often printed unsigned in budgets).
      const named = negativeColumns.length <= unsignedColumns.length ? negativeColumns : unsignedColumns;
      const other = named === negativeColumns ? unsignedColumns[0] : negativeColumns[0];
      for (const column of named) {
        const row = costRows.find((r) => !!r.figures[column.column]?.value && !!r.figures[other.column]?.value);
        const figure = row?.figures[column.column];
        if (!row || !figure || figure.value === null) continue;
        const negativeSide = column.sign === 'negative' ? column : other;
        const unsignedSide = column.sign === 'negative' ? other : column;
        report({
          cell: figure.cell,
          severity: 'warning',
          messageId: 'finding.sign-inconsistent.columns',
          data: {
            ...where(context, row, figure),
            column: negativeSide.label,
            otherColumn: unsignedSide.label,
            value: row.figures[negativeSide.column]?.value ?? 0,
            otherValue: row.figures[unsignedSide.column]?.value ?? 0,
          },
          actual: figure.value,
        });
      }
      return;
    }
    const columns = index.costSignCounts.map((count) => count.column.column);
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
