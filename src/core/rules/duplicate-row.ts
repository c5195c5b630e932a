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
  messages: { 'finding.duplicate-row': { unit: 'text', line: 'text', first: 'text' } },
  check({ table, index }, report) {
    // Known lines by unit, unknown lines by unit and normalised label: the first row of each.
    const firstRows = new Map<string, Map<string, number>>();
    for (const row of table.rows) {
      let key: string = row.line ?? '';
      if (row.line === null) {
        const label = row.label.trim().toLowerCase().replace(/\s+/g, ' ');
        if (label === '') continue;
        key = `label:${label}`;
      }
      let ofUnit = firstRows.get(row.unitId);
      if (!ofUnit) firstRows.set(row.unitId, (ofUnit = new Map()));
      const first = ofUnit.get(key);
      if (first === undefined) {
        ofUnit.set(key, row.row);
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
