/**
 * hardcoded-total: a total is a typed number where its siblings are formulas.
 *
 * Totals are Toimintakate, Toimintakulut when the unit has sub-lines, and every line of a
 * parent unit (a roll-up of its children). A total typed in does not follow when a line below
 * it is corrected, which is how a stale figure reaches a council report. Warning: today the
 * number may still be right (total-mismatch says when it is not).
 * Judged only against siblings, so that a workbook typed in by hand throughout is not flagged
 * cell by cell: a typed total is reported when another cell of its row, or the same total of
 * another unit in its column, is a formula. Only when the snapshot tells formulas apart.
 * TP (closed accounts are customarily pasted as values), Poikkeama (chain-mismatch checks it)
 * and percentages are left out.
 */
import type { BudgetRow, LineKind } from '../model';
import { defineRule } from './define-rule';
import { where } from './where';

export const hardcodedTotal = defineRule({
  code: 'hardcoded-total',
  severity: 'warning',
  check(context, report) {
    const { table, index } = context;
    if (!index.hasFormulas) return;
    const columns = table.columns
      .filter((c) => c.kind !== 'priorYear' && c.kind !== 'variance' && c.kind !== 'actualPct')
      .map((c) => c.column);

    const totals: BudgetRow[] = [];
    for (const [unitId, lines] of index.lineRows) {
      const isParent = index.childrenOf.has(unitId);
      for (const [line, row] of lines) {
        if (isParent || line === 'margin' || (line === 'expenses' && index.unitsWithSubLines.has(unitId))) {
          totals.push(row);
        }
      }
    }

    // Per line, whether each column has a formula among that line's totals: the column siblings.
    const formulaInColumn = new Map<LineKind | null, boolean[]>();
    for (const row of totals) {
      let ofLine = formulaInColumn.get(row.line);
      if (!ofLine) formulaInColumn.set(row.line, (ofLine = []));
      for (const column of columns) {
        if (row.figures[column]?.source === 'formula') ofLine[column] = true;
      }
    }

    for (const row of totals) {
      const formulaColumns = formulaInColumn.get(row.line) ?? [];
      let formulaInRow = false;
      for (const column of columns) {
        if (row.figures[column]?.source === 'formula') {
          formulaInRow = true;
          break;
        }
      }
      for (const column of columns) {
        const figure = row.figures[column];
        if (figure === undefined || figure.source !== 'number') continue;
        if (!formulaInRow && formulaColumns[column] !== true) continue;
        report({
          cell: figure.cell,
          messageId: 'finding.hardcoded-total',
          data: { ...where(context, row, figure), value: figure.value ?? 0 },
          actual: figure.value ?? undefined,
        });
      }
    }
  },
});
