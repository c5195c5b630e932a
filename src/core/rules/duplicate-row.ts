/**
 * duplicate-row: the same unit and line appear twice.
 *
 * Error: a second Toimintakulut row for a unit is either counted twice by the totals above it
 * or silently left out; either way a figure is wrong. The second occurrence is named (the first
 * is taken to be the real one, as the other checks do), with the row of the first. Lines the
 * engine does not know are compared by their label, so a repeated custom line is caught too.
 */
import { toA1 } from '../address';
import type { BudgetRow } from '../model';
import { defineRule } from './define-rule';

export const duplicateRow = defineRule({
  code: 'duplicate-row',
  severity: 'error',
  messages: { 'finding.duplicate-row': { unit: 'text', line: 'text', first: 'text' } },
  check({ table, index }, report) {
    // Known lines: the index holds the first row of each line of each unit. Unknown lines by unit and normalised label.
    const byLabel = new Map<string, Map<string, BudgetRow>>();
    const firstWithLabel = (row: BudgetRow): BudgetRow | undefined => {
      const label = row.label.trim().toLowerCase().replace(/\s+/g, ' ');
      if (label === '') return undefined;
      let ofUnit = byLabel.get(row.unitId);
      if (!ofUnit) byLabel.set(row.unitId, (ofUnit = new Map()));
      const first = ofUnit.get(label);
      if (first === undefined) ofUnit.set(label, row);
      return first ?? row;
    };
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      const first = row.line !== null ? index.rowOf(row.unitId, row.line) : firstWithLabel(row);
      if (first === undefined || first === row) continue;
      report({
        cell: toA1(row.row, table.labelColumn),
        messageId: 'finding.duplicate-row',
        data: { unit: index.unitName(row.unitId), line: row.label, first: String(first.row + 1) },
      });
    }
  },
});
