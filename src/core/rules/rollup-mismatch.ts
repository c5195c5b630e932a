/**
 * rollup-mismatch: a parent unit's line is not the sum of its child units' lines.
 *
 * The service area's Toimintakulut must be the sum of its responsibility areas', and so on
 * down the hierarchy, for every line the parent has and every figure column that adds up.
 * Error, at the parent's cell: that is the total a reader takes from the report.
 * A child without that line counts as zero, unless it has children of its own, whose sum then
 * stands for it; a parent line that no descendant has is not a roll-up and is not checked.
 */
import type { LineKind, Unit } from '../model';
import { defineRule } from './define-rule';
import type { RuleContext } from './define-rule';
import { operand, summableColumns } from './figures';
import { beyondTolerance } from './tolerance';

export const rollupMismatch = defineRule({
  code: 'rollup-mismatch',
  severity: 'error',
  check(context, report) {
    const { table, index } = context;
    const columns = summableColumns(table);
    for (const [parentId, children] of index.childrenOf) {
      const lines = index.lineRows.get(parentId);
      if (!lines) continue;
      for (const [line, row] of lines) {
        for (const column of columns) {
          const figure = row.figures[column];
          if (figure === undefined || figure.value === null) continue;
          const expected = sumOfChildren(context, children, line, column);
          if (expected === null || expected === undefined) continue;
          const tolerance = beyondTolerance(figure.value, expected, () => context.toleranceAt(figure));
          if (tolerance === null) continue;
          report({
            cell: figure.cell,
            messageId: 'finding.rollup-mismatch',
            data: {
              unit: index.unitName(parentId),
              line: row.label,
              column: index.columnLabel(column),
              children: children.length,
              actual: figure.value,
              expected,
              tolerance,
            },
            expected,
            actual: figure.value,
            tolerance,
          });
        }
      }
    }
  },
});

/**
 * The children's sum: undefined when no descendant has the line (nothing to compare), null
 * when a cell makes it unknowable (an error value, non-number text).
 */
function sumOfChildren(
  context: RuleContext,
  children: readonly Unit[],
  line: LineKind,
  column: number,
): number | null | undefined {
  let sum = 0;
  let found = false;
  for (const child of children) {
    const value = valueOfUnit(context, child, line, column);
    if (value === null) return null;
    if (value === undefined) continue;
    found = true;
    sum += value;
  }
  return found ? sum : undefined;
}

function valueOfUnit(context: RuleContext, unit: Unit, line: LineKind, column: number): number | null | undefined {
  const row = context.index.rowOf(unit.id, line);
  if (row) return operand(row.figures[column]);
  const grandchildren = context.index.childrenOf.get(unit.id);
  return grandchildren ? sumOfChildren(context, grandchildren, line, column) : undefined;
}
