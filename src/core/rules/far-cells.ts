/**
 * far-cells (warning): a sheet holds values far beyond the rest of its cells (core/far-cells.ts),
 * which the readers keep out of the grid and so out of every table. Once per sheet, at the first
 * far cell, with what it holds and how many there are, so that the user can move them next to the
 * table or clear them: a figure typed there would otherwise be left out without a word.
 */
import { toA1 } from '../address';
import { isCellError, type CellValue } from '../snapshot';
import { defineWorkbookRule } from './define-rule';

export const farCells = defineWorkbookRule({
  code: 'far-cells',
  severity: 'warning',
  messages: { 'finding.far-cells': { sheet: 'text', value: 'text', count: 'number', end: 'text' } },
  check({ workbook }, report) {
    for (const sheet of workbook.sheets) {
      const first = sheet.farCells?.[0];
      if (!first) continue;
      const height = sheet.values.length;
      const width = sheet.values[0]?.length ?? 0;
      report({
        sheet: sheet.name,
        cell: toA1(first.row, first.column),
        messageId: 'finding.far-cells',
        data: {
          sheet: sheet.name,
          value: first.value === null ? (first.formula ?? '') : shown(first.value),
          count: sheet.farCellCount ?? sheet.farCells!.length,
          // The last cell of what was read: the corner of the grid.
          end: toA1(sheet.origin.row + Math.max(height - 1, 0), sheet.origin.column + Math.max(width - 1, 0)),
        },
      });
    }
  },
});

function shown(value: CellValue): string {
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value ?? '');
}
