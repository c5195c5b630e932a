/**
 * rollup-mismatch: a parent unit's line is not the sum of its child units' lines.
 *
 * The service area's Toimintakulut must be the sum of its responsibility areas', and so on
 * down the hierarchy, for every line the parent has and every figure column that adds up.
 * Error, at the parent's cell: that is the total a reader takes from the report.
 * A child without that line counts as zero, unless it has children of its own, whose sum then
 * stands for it; a parent line that no descendant has is not a roll-up and is not checked.
 * Rounding: the parent's printed figure may differ from the sum of n printed child figures by
 * (n + 1) / 2 displayed units.
 */
import type { LineKind, Unit } from '../model';
import { comparison, defineRule, mismatch } from './define-rule';
import type { RuleContext } from './define-rule';
import { operand, summableColumns } from './figures';
import { beyondTolerance } from './tolerance';

/** Per column (in the order of `columns`): the sum, or null when a cell makes it unknowable; and how many rows were added. */
type Sums = (number | null)[] & { operands: number };

export const rollupMismatch = defineRule({
  code: 'rollup-mismatch',
  severity: 'error',
  messages: {
    'finding.rollup-mismatch': { unit: 'text', line: 'text', column: 'text', children: 'number', ...comparison },
  },
  check(context, report) {
    const { table, index } = context;
    const columns = summableColumns(table);
    for (const [parentId, children] of index.childrenOf) {
      const lines = index.lineRows.get(parentId);
      if (!lines) continue;
      for (const [line, row] of lines) {
        const sums = sumOfChildren(context, children, line, columns);
        if (sums === undefined) continue;
        columns.forEach((column, i) => {
          const figure = row.figures[column];
          const expected = sums[i];
          if (figure === undefined || figure.value === null || expected === null) return;
          const operands = sums.operands;
          const tolerance = beyondTolerance(figure.value, expected, figure, context.toleranceAt, operands);
          if (tolerance === null) return;
          report(
            mismatch(
              { cell: figure.cell, actual: figure.value, expected, tolerance, operands },
              'finding.rollup-mismatch',
              {
                unit: index.unitName(parentId),
                line: row.label,
                column: index.columnLabel(column),
                children: children.length,
              },
            ),
          );
        });
      }
    }
  },
});

/**
 * The children's sums of a line, every column in one pass over the children (a service area
 * may have thousands of cost centres); undefined when no descendant has the line.
 */
function sumOfChildren(
  context: RuleContext,
  children: readonly Unit[],
  line: LineKind,
  columns: readonly number[],
): Sums | undefined {
  const sums: Sums = Object.assign(
    columns.map((): number | null => 0),
    { operands: 0 },
  );
  let found = false;
  for (const child of children) {
    const row = context.index.rowOf(child.id, line);
    if (row) {
      found = true;
      sums.operands += 1;
      for (let i = 0; i < columns.length; i++) {
        const sum = sums[i];
        if (sum === null) continue;
        const value = operand(row.figures[columns[i]]);
        sums[i] = value === null ? null : sum + value;
      }
      continue;
    }
    const grandchildren = context.index.childrenOf.get(child.id);
    const below = grandchildren ? sumOfChildren(context, grandchildren, line, columns) : undefined;
    if (below === undefined) continue;
    found = true;
    sums.operands += below.operands;
    for (let i = 0; i < columns.length; i++) {
      const sum = sums[i];
      const value = below[i];
      sums[i] = sum === null || value === null ? null : sum + value;
    }
  }
  return found ? sums : undefined;
}
