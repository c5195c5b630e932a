/**
 * duplicate-row: the same unit and line appear twice.
 *
 * Error: a second Toimintakulut row for a unit is either counted twice by the totals above it
 * or silently left out; either way a figure is wrong. The second occurrence is named (the first
 * is taken to be the real one, as the other checks do), with the row of the first. Lines the
 * engine does not know are compared by their label, so a repeated custom line is caught too.
 */
import { toA1 } from '../address';
import { defineRule } from './define-rule';

export const duplicateRow = defineRule({
  code: 'duplicate-row',
  severity: 'error',
  check({ table, index }, report) {
    const firstRows = new Map<string, number>();
    for (const row of table.rows) {
      const label = row.label.trim().toLowerCase().replace(/\s+/g, ' ');
      if (row.line === null && label === '') continue;
      const key = `${row.unitId}\u0000${row.line ?? `label:${label}`}`;
      const first = firstRows.get(key);
      if (first === undefined) {
        firstRows.set(key, row.row);
        continue;
      }
      report({
        cell: toA1(row.row, table.labelColumn),
        messageId: 'finding.duplicate-row',
        data: { unit: index.unitName(row.unitId), line: row.label, first: String(first + 1) },
      });
    }
  },
});
