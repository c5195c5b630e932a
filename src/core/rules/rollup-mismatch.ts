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
      const lineRows = index.linesOf(parentId)?.rows;
      if (!lineRows) continue;
      const sumsByLine = sumsOfChildren(
        context,
        children,
        lineRows.map((row) => row.line),
        columns,
      );
      lineRows.forEach((row, l) => {
        const sums = sumsByLine[l];
        if (sums === undefined) return;
        for (let i = 0; i < columns.length; i++) {
          const column = columns[i];
          const figure = row.figures[column];
          const expected = sums[i];
          if (figure === undefined || figure.value === null || expected === null) continue;
          const operands = sums.operands;
          const tolerance = beyondTolerance(figure.value, expected, figure, context.toleranceAt, operands);
          if (tolerance === null) continue;
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
        }
      });
    }
  },
});

/**
 * The children's sums of each line, every line and column in one pass over the children (a
 * service area may have thousands of cost centres); undefined for a line no descendant has.
 */
function sumsOfChildren(
  context: RuleContext,
  children: readonly Unit[],
  lines: readonly LineKind[],
  columns: readonly number[],
): (Sums | undefined)[] {
  const sumsByLine: (Sums | undefined)[] = lines.map(() => undefined);
  const sumsOf = (l: number): Sums =>
    (sumsByLine[l] ??= Object.assign(
      columns.map((): number | null => 0),
      { operands: 0 },
    ));
  for (const child of children) {
    const childLines = context.index.linesOf(child.id)?.byLine;
    const grandchildren = context.index.childrenOf.get(child.id);
    for (let l = 0; l < lines.length; l++) {
      const row = childLines?.get(lines[l]);
      if (row) {
        const sums = sumsOf(l);
        sums.operands += 1;
        for (let i = 0; i < columns.length; i++) {
          const sum = sums[i];
          if (sum === null) continue;
          const value = operand(row.figures[columns[i]]);
          sums[i] = value === null ? null : sum + value;
        }
        continue;
      }
      // A child without the line is stood for by its own children's sum of it.
      const below = grandchildren ? sumsOfChildren(context, grandchildren, [lines[l]], columns)[0] : undefined;
      if (below === undefined) continue;
      const sums = sumsOf(l);
      sums.operands += below.operands;
      for (let i = 0; i < columns.length; i++) {
        const sum = sums[i];
        const value = below[i];
        sums[i] = sum === null || value === null ? null : sum + value;
      }
    }
  }
  return sumsByLine;
}
