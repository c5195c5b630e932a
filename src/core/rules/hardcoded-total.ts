/**
 * hardcoded-total: a total is a typed number where its siblings are formulas.
 *
 * Totals are Toimintakate, every line whose sub-lines the unit prints (Toimintakulut, Henkilöstökulut, …), and every line of a
 * parent unit (a roll-up of its children). A total typed in does not follow when a line below
 * it is corrected, which is how a stale figure reaches a council report. Warning: today the
 * number may still be right (total-mismatch says when it is not).
 * Judged only against siblings, so that a workbook typed in by hand throughout is not flagged
 * cell by cell: a typed total is reported when another total cell of its row, or the same
 * total of another unit in its column, is a summing formula — one that adds up cells of its own
 * column (=SUM(C7:C12), =C5-C6+C13, =C16+C27). Formulas across a row (TA+LTA:t =C5+D5,
 * ENN =H5, Poikkeama =I5-G5) are links between columns, not totals, and do not count.
 * Only when the snapshot tells formulas apart. TP (closed accounts are customarily pasted as
 * values), Poikkeama (chain-mismatch checks it) and percentages are left out.
 */
import { columnIndex } from '../address';
import type { BudgetRow, Figure, LineKind } from '../model';
import { subLinesOf } from '../model';
import { defineRule } from './define-rule';
import { where } from './where';

export const hardcodedTotal = defineRule({
  code: 'hardcoded-total',
  severity: 'warning',
  messages: { 'finding.hardcoded-total': { unit: 'text', line: 'text', column: 'text', value: 'euros' } },
  check(context, report) {
    const { table, index } = context;
    if (!index.hasFormulas) return;
    const columns = table.columns
      .filter((c) => c.kind !== 'priorYear' && c.kind !== 'variance' && c.kind !== 'actualPct')
      .map((c) => c.column);

    const totalsByLine = new Map<LineKind, BudgetRow[]>();
    for (const { unitId, rows: lineRows, byLine } of index.unitLines) {
      const isParent = index.childrenOf.has(unitId);
      for (const row of lineRows) {
        const { line } = row;
        if (isParent || line === 'margin' || hasSubLines(byLine, line)) {
          const rows = totalsByLine.get(line);
          if (rows) rows.push(row);
          else totalsByLine.set(line, [row]);
        }
      }
    }

    // Whether a line's totals have a summing formula in a column, looked up only for typed totals.
    const summingInColumn = new Map<string, boolean>();
    const columnHasSumming = (line: LineKind, column: number): boolean => {
      const key = `${line}@${column}`;
      let found = summingInColumn.get(key);
      if (found === undefined) {
        found = (totalsByLine.get(line) ?? []).some((row) => isSumming(row.figures[column]));
        summingInColumn.set(key, found);
      }
      return found;
    };

    for (const [line, rows] of totalsByLine) {
      for (const row of rows) {
        let rowHasSumming: boolean | undefined;
        for (const column of columns) {
          const figure = row.figures[column];
          if (figure === undefined || figure.source !== 'number') continue;
          rowHasSumming ??= columns.some((other) => isSumming(row.figures[other]));
          if (!rowHasSumming && !columnHasSumming(line, column)) continue;
          report({
            cell: figure.cell,
            messageId: 'finding.hardcoded-total',
            data: { ...where(context, row, figure), value: figure.value ?? 0 },
            actual: figure.value ?? undefined,
          });
        }
      }
    }
  },
});

/** A1 references outside function names and other sheets' references ('Talous'!C5 links, it does not sum). */
const reference = /(?<![A-Za-z0-9_!.$])\$?([A-Z]{1,3})\$?([1-9]\d{0,6})(?![\d(A-Za-z_!])/g;

/** Whether the cell's formula adds up cells of its own column: a reference to another row of the same column. */
export function isSumming(figure: Figure | undefined): boolean {
  if (figure === undefined || figure.source !== 'formula' || !figure.formula) return false;
  for (const match of figure.formula.matchAll(reference)) {
    if (columnIndex(match[1]) === figure.column && Number(match[2]) - 1 !== figure.row) return true;
  }
  return false;
}

function hasSubLines(lines: ReadonlyMap<LineKind, BudgetRow>, line: LineKind): boolean {
  return (subLinesOf[line] ?? []).some((sub) => lines.has(sub));
}
