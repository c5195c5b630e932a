/**
 * total-mismatch: a unit's total lines do not add up.
 *
 * - Toimintakate must be Toimintatuotot − Toimintakulut + Valmistus omaan käyttöön. Where a
 *   column writes costs as negative numbers the expenses are added instead (−kulut is already
 *   in the figure). Each column's own cost sign decides (a budget printed unsigned beside a
 *   negative actual, convention 4); for a column of mixed signs the sign of the row's own
 *   expense figure decides, so that one wrong sign is reported once, by sign-inconsistent.
 * - Rounding: the margin of n printed lines may differ from their sum by (n + 1) / 2 displayed
 *   units (tolerance.ts), as may a line from its n sub-lines.
 * - Every line with sub-lines printed must be their sum, at every level of the line hierarchy
 *   (model.ts, parentLineOf): Toimintakulut of Henkilöstökulut, Palvelujen ostot, …;
 *   Henkilöstökulut of Palkat ja palkkiot and Henkilösivukulut; Toimintatuotot of Myyntituotot,
 *   Maksutuotot, …. A sub-line the unit does not print is stood for by its own sub-lines. A unit
 *   that lists sub-lines but not their line has its margin checked against the sub-lines' sum.
 * Checked in every figure column that adds up (TP, TA, …, ENN, Poikkeama; not percentages). A
 * Poikkeama column mapped as favourable-positive adds the costs' deviation to the income's.
 * Error, at the total's cell: a wrong toimintakate is a wrong figure in a council report.
 * A missing income or own-production row counts as zero (many units have none); a margin
 * without either income or expenses is not checked. Cells holding an error value or non-number
 * text make the sum unknowable and are left to their own findings.
 */
import type { BudgetRow, LineKind } from '../model';
import { subLinesOf } from '../model';
import { costsWrittenNegative } from '../deviations/direction';
import { columnCostsNegative } from '../deviations/convention';
import { comparison, defineRule, mismatch } from './define-rule';
import { costSignSample, operand, summableColumns } from './figures';
import type { UnitLines } from './table-index';
import { beyondTolerance } from './tolerance';

type LinesOfUnit = ReadonlyMap<LineKind, BudgetRow>;

/**
 * What a unit's sums are made of, which depends only on the lines it prints: the lines standing
 * for its income and its costs in the margin, and each printed line with sub-lines printed, with
 * the lines that stand for its parts.
 */
interface SumsOfLines {
  readonly income: readonly LineKind[];
  readonly costs: readonly LineKind[];
  readonly totals: readonly { readonly line: LineKind; readonly parts: readonly LineKind[] }[];
}

export const totalMismatch = defineRule({
  code: 'total-mismatch',
  severity: 'error',
  messages: {
    'finding.total-mismatch.margin': { unit: 'text', column: 'text', ...comparison },
    'finding.total-mismatch.expenses': { unit: 'text', line: 'text', column: 'text', ...comparison },
  },
  check(context, report) {
    const { table, index } = context;
    const columns = summableColumns(table);
    const negativeByColumn = columns.map((column) => columnCostsNegative(table, column, context.period));
    // A table's units print the same lines one after another: their make-up is worked out again only where they change.
    let previous: { readonly unitLines: UnitLines; readonly sums: SumsOfLines } | null = null;
    for (const unitLines of index.unitLines) {
      const { unitId, byLine: lines } = unitLines;
      const sums: SumsOfLines =
        previous && sameLines(previous.unitLines, unitLines) ? previous.sums : sumsOf(unitLines);
      previous = { unitLines, sums };
      const unit = index.unitName(unitId);
      const margin = lines.get('margin');
      const incomeRows = rowsOf(lines, sums.income);
      const costRows = rowsOf(lines, sums.costs);
      const ownProduction = lines.get('ownProduction');
      if (margin && (incomeRows.length > 0 || costRows.length > 0)) {
        const sample = costRows.length > 0 ? costSignSample(table, costRows[0]) : null;
        const rowNegative = costsWrittenNegative(table, sample);
        const operands = incomeRows.length + costRows.length + (ownProduction ? 1 : 0);
        for (let c = 0; c < columns.length; c++) {
          const column = columns[c];
          const negativeCosts = negativeByColumn[c] ?? rowNegative;
          const figure = margin.figures[column];
          if (figure === undefined || figure.value === null) continue;
          const incomeValue = sumIn(incomeRows, column);
          const expensesValue = sumIn(costRows, column);
          const ownValue = valueIn(ownProduction, column);
          if (incomeValue === null || expensesValue === null || ownValue === null) continue;
          // A deviation column written favourable-positive has turned the costs' sign already: columnCostsNegative says so.
          const costs = negativeCosts ? -expensesValue : expensesValue;
          const expected = incomeValue - costs + ownValue;
          const tolerance = beyondTolerance(figure.value, expected, figure, context.toleranceAt, operands);
          if (tolerance === null) continue;
          report(
            mismatch(
              { cell: figure.cell, actual: figure.value, expected, tolerance, operands },
              'finding.total-mismatch.margin',
              {
                unit,
                column: index.columnLabel(column),
              },
            ),
          );
        }
      }
      // Every level of the line hierarchy: a line the unit prints against the sum of its sub-lines.
      for (const { line, parts: partLines } of sums.totals) {
        const total = lines.get(line) as BudgetRow;
        const parts = rowsOf(lines, partLines);
        for (const column of columns) {
          const figure = total.figures[column];
          if (figure === undefined || figure.value === null) continue;
          const expected = sumIn(parts, column);
          if (expected === null) continue;
          const tolerance = beyondTolerance(figure.value, expected, figure, context.toleranceAt, parts.length);
          if (tolerance === null) continue;
          report(
            mismatch(
              { cell: figure.cell, actual: figure.value, expected, tolerance, operands: parts.length },
              'finding.total-mismatch.expenses',
              { unit, line: total.label, column: index.columnLabel(column) },
            ),
          );
        }
      }
    }
  },
});

function sameLines(a: UnitLines, b: UnitLines): boolean {
  if (a.rows.length !== b.rows.length) return false;
  for (let i = 0; i < a.rows.length; i++) if (a.rows[i].line !== b.rows[i].line) return false;
  return true;
}

function sumsOf({ rows, byLine: lines }: UnitLines): SumsOfLines {
  const totals: { line: LineKind; parts: LineKind[] }[] = [];
  for (const { line } of rows) {
    const parts = (subLinesOf[line] ?? []).flatMap((sub) => linesStandingFor(lines, sub));
    if (parts.length > 0) totals.push({ line, parts });
  }
  return { income: linesStandingFor(lines, 'income'), costs: linesStandingFor(lines, 'expenses'), totals };
}

/** The line itself when the unit prints it, else the lines of its sub-lines that stand for it (recursively); none when the unit has neither. */
function linesStandingFor(lines: LinesOfUnit, line: LineKind): LineKind[] {
  if (lines.has(line)) return [line];
  return (subLinesOf[line] ?? []).flatMap((sub) => linesStandingFor(lines, sub));
}

function rowsOf(lines: LinesOfUnit, kinds: readonly LineKind[]): BudgetRow[] {
  return kinds.map((line) => lines.get(line) as BudgetRow);
}

/** The sum of the rows' figures in a column; null when a cell makes it unknowable. */
function sumIn(rows: readonly BudgetRow[], column: number): number | null {
  let sum = 0;
  for (let i = 0; i < rows.length; i++) {
    const value = operand(rows[i].figures[column]);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

function valueIn(row: BudgetRow | undefined, column: number): number | null {
  return row === undefined ? 0 : operand(row.figures[column]);
}
