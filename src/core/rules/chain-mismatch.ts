/**
 * chain-mismatch: a derived budget column does not follow from its parts.
 *
 * - TA+LTA:t must be TA + LTA:t (the budget in force is the original plus the supplementary
 *   budgets). Checked only when all three columns are present; without an LTA column nothing
 *   says whether supplementary budgets were decided.
 * - A deviation column (Poikkeama, Erotus, Avvikelse) must follow its table's convention. Real
 *   statements use four (deviations/convention.ts): which plan and which actual it compares,
 *   and how it signs costs, are decided from the rows themselves, so a table that writes the
 *   deviation its own consistent way is no fault; only a row that does not fit the table's
 *   convention is. The seed's is ENN − KS+LTA:t (at year end without ENN the actual is the
 *   forecast).
 * - In a vertical budget chain, Alkuperäinen + the Muutos rows must be Yhteensä (vertical-chain.ts).
 * Error, at the derived cell (TA+LTA:t or Poikkeama): a variance column that disagrees with its
 * own figures misleads exactly the reader who trusts it. An empty part counts as zero (SUM);
 * an empty derived cell is missing-value's business. Rounding: a difference or sum of two
 * printed figures may be off by (2 + 1) / 2 displayed units.
 * A deviation column computed the other way round throughout (KS+LTA:t − ENN, a convention
 * some units use) is one finding at its header (warning), not one per row: the figures are
 * consistent, only the sign reads differently from the glossary and from our deviations.
 */
import { toA1 } from '../address';
import type { Figure } from '../model';
import { comparison, defineRule, mismatch } from './define-rule';
import type { Report, RuleContext } from './define-rule';
import { operand } from './figures';
import { rowMisfits, varianceConventionOf, type DeviationFormula } from '../deviations/convention';
import { beyondTolerance } from './tolerance';
import { checkVerticalChains } from './vertical-chain';

/** derived = first + sign × second, in every row (TA+LTA:t = TA + LTA:t). */
interface Chain {
  readonly derived: number;
  readonly first: number;
  readonly second: number;
  readonly sign: 1 | -1;
}

const place = { unit: 'text', line: 'text', column: 'text' } as const;
const formulaColumns = { forecastColumn: 'text', planColumn: 'text' } as const;

export const chainMessages = {
  'finding.chain-mismatch.current-budget': { ...place, ...comparison },
  'finding.chain-mismatch.variance': { ...place, ...formulaColumns, ...comparison },
  'finding.chain-mismatch.variance-favourable': { ...place, ...formulaColumns, ...comparison },
  'finding.chain-mismatch.variance-reversed-row': { ...place, ...formulaColumns, ...comparison },
  'finding.chain-mismatch.vertical': { unit: 'text', line: 'text', count: 'number', ...comparison },
  'finding.chain-mismatch.variance-reversed': { column: 'text', ...formulaColumns, count: 'number' },
} as const;

interface Mismatch {
  readonly figure: Figure & { readonly value: number };
  readonly unitId: string;
  readonly label: string;
  readonly expected: number;
  readonly tolerance: number;
}

export const chainMismatch = defineRule({
  code: 'chain-mismatch',
  severity: 'error',
  messages: chainMessages,
  check(context, report) {
    checkVerticalChains(context, report);
    const { primary } = context.table;
    if (primary.currentBudget !== undefined && primary.budget !== undefined && primary.supplementary !== undefined) {
      const chain: Chain = {
        derived: primary.currentBudget,
        first: primary.budget,
        second: primary.supplementary,
        sign: 1,
      };
      for (const mismatch of mismatches(context, chain)) reportMismatch(context, chain, mismatch, report);
    }
    const convention = varianceConventionOf(context.table, context.period);
    if (convention !== null) {
      // A single row read the other way round says nothing about the column: it is held to the glossary's formula.
      const formula: DeviationFormula =
        convention.formula === 'plan-minus-actual' && convention.fitting < 2 && !convention.mapped
          ? 'actual-minus-plan'
          : convention.formula;
      const found = rowMisfits(
        context.table,
        convention.column.column,
        convention.plan.column,
        convention.actual.column,
        formula,
        (figure) => context.toleranceAt(figure, 2),
      );
      const labels = {
        column: convention.column.label,
        forecastColumn: convention.actual.label,
        planColumn: convention.plan.label,
      };
      // Read the other way round throughout: one warning, unless the user's mapping said so.
      if (formula === 'plan-minus-actual' && !convention.mapped) {
        report({
          cell: toA1(context.table.headerRow, convention.column.column),
          severity: 'warning',
          messageId: 'finding.chain-mismatch.variance-reversed',
          data: { ...labels, count: convention.fitting },
        });
      }
      for (const fit of found) {
        const tolerance = context.toleranceAt(fit.figure, 2);
        report(
          mismatch(
            { cell: fit.figure.cell, actual: fit.figure.value, expected: fit.expected, tolerance, operands: 2 },
            varianceMessages[formula],
            { unit: context.index.unitName(fit.row.unitId), line: fit.row.label, ...labels },
          ),
        );
      }
    }
  },
});

const varianceMessages = {
  'actual-minus-plan': 'finding.chain-mismatch.variance',
  'favourable-positive': 'finding.chain-mismatch.variance-favourable',
  'plan-minus-actual': 'finding.chain-mismatch.variance-reversed-row',
} as const satisfies Readonly<Record<DeviationFormula, keyof typeof chainMessages>>;

function mismatches(context: RuleContext, chain: Chain): Mismatch[] {
  const found: Mismatch[] = [];
  for (const row of context.table.rows) {
    const figure = row.figures[chain.derived];
    if (figure === undefined || figure.value === null) continue;
    const first = operand(row.figures[chain.first]);
    const second = operand(row.figures[chain.second]);
    if (first === null || second === null) continue;
    const expected = first + chain.sign * second;
    const tolerance = beyondTolerance(figure.value, expected, figure, context.toleranceAt, 2);
    if (tolerance === null) continue;
    found.push({
      figure: figure as Figure & { readonly value: number },
      unitId: row.unitId,
      label: row.label,
      expected,
      tolerance,
    });
  }
  return found;
}

function reportMismatch(
  context: RuleContext,
  chain: Chain,
  found: Mismatch,
  report: Report<typeof chainMessages>,
): void {
  const { figure, expected, tolerance } = found;
  report(
    mismatch(
      { cell: figure.cell, actual: figure.value, expected, tolerance, operands: 2 },
      'finding.chain-mismatch.current-budget',
      {
        unit: context.index.unitName(found.unitId),
        line: found.label,
        column: context.index.columnLabel(chain.derived),
      },
    ),
  );
}
