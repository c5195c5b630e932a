/**
 * chain-mismatch: a derived budget column does not follow from its parts.
 *
 * - TA+LTA:t must be TA + LTA:t (the budget in force is the original plus the supplementary
 *   budgets). Checked only when all three columns are present; without an LTA column nothing
 *   says whether supplementary budgets were decided.
 * - Poikkeama must be ENN − KS+LTA:t, as the seed's glossary defines it (at year end without an
 *   ENN column, TOT 1-12 − KS+LTA:t: the actual is then the forecast).
 * - In a vertical budget chain, Alkuperäinen + the Muutos rows must be Yhteensä (vertical-chain.ts).
 * Error, at the derived cell (TA+LTA:t or Poikkeama): a variance column that disagrees with its
 * own forecast misleads exactly the reader who trusts it. An empty part counts as zero (SUM);
 * an empty derived cell is missing-value's business.
 * A Poikkeama column computed the other way round throughout (KS+LTA:t − ENN, a convention
 * some units use) is one finding at its header (warning), not one per row: the figures are
 * consistent, only the sign reads differently from the glossary and from our deviations.
 */
import { toA1 } from '../address';
import type { Figure } from '../model';
import { comparison, defineRule, mismatch } from './define-rule';
import type { Report, RuleContext } from './define-rule';
import { operand } from './figures';
import { forecastColumn, planColumn } from '../deviations/columns';
import { orientation } from '../deviations/direction';
import type { VarianceConvention } from '../mapping/types';
import { beyondTolerance, differs } from './tolerance';
import { checkVerticalChains } from './vertical-chain';

/** derived = orient × (first + sign × second), in every row; orient is 1 unless the chain is 'variance-favourable'. */
interface Chain {
  readonly derived: number;
  readonly first: number;
  readonly second: number;
  readonly sign: 1 | -1;
  /**
   * TA+LTA:t = TA + LTA:t; Poikkeama = ENN − KS+LTA:t (or as the user's mapping says), whose
   * message spells the formula out with the columns' own labels; or Poikkeama turned so that a
   * favourable deviation is positive on every line.
   */
  readonly kind: 'current-budget' | 'variance' | 'variance-favourable';
}

const place = { unit: 'text', line: 'text', column: 'text' } as const;
const formulaColumns = { forecastColumn: 'text', planColumn: 'text' } as const;

export const chainMessages = {
  'finding.chain-mismatch.current-budget': { ...place, ...comparison },
  'finding.chain-mismatch.variance': { ...place, ...formulaColumns, ...comparison },
  'finding.chain-mismatch.variance-favourable': { ...place, ...formulaColumns, ...comparison },
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
        kind: 'current-budget',
      };
      for (const mismatch of mismatches(context, chain)) reportMismatch(context, chain, mismatch, report);
    }
    const forecast = forecastColumn(context.table, context.period);
    const convention = context.table.varianceConvention;
    const plan = planColumn(context.table);
    if (primary.variance !== undefined && forecast !== null && plan !== null && convention) {
      // The user's mapping says how the column is computed (against the plan in force the
      // deviations use): check exactly that, no guessing of the other way round.
      const chain = conventionChain(convention, primary.variance, forecast.column, plan.column);
      for (const mismatch of mismatches(context, chain)) reportMismatch(context, chain, mismatch, report);
    } else if (primary.variance !== undefined && forecast !== null && primary.currentPlan !== undefined) {
      const chain: Chain = {
        derived: primary.variance,
        first: forecast.column,
        second: primary.currentPlan,
        sign: -1,
        kind: 'variance',
      };
      const found = mismatches(context, chain);
      const reversed = found.length >= 2 && found.every((m) => !differs(m.figure.value, -m.expected, m.tolerance));
      if (reversed) {
        report({
          cell: toA1(context.table.headerRow, chain.derived),
          severity: 'warning',
          messageId: 'finding.chain-mismatch.variance-reversed',
          data: {
            column: context.index.columnLabel(chain.derived),
            ...formulaLabels(context, chain),
            count: found.length,
          },
        });
      } else {
        for (const mismatch of found) reportMismatch(context, chain, mismatch, report);
      }
    }
  },
});

function mismatches(context: RuleContext, chain: Chain): Mismatch[] {
  const found: Mismatch[] = [];
  for (const row of context.table.rows) {
    const figure = row.figures[chain.derived];
    if (figure === undefined || figure.value === null) continue;
    const first = operand(row.figures[chain.first]);
    const second = operand(row.figures[chain.second]);
    if (first === null || second === null) continue;
    const difference = first + chain.sign * second;
    const expected =
      chain.kind === 'variance-favourable' && row.line !== null
        ? orientation(context.table, row.line, operand(row.figures[chain.second])) * difference
        : difference;
    const tolerance = beyondTolerance(figure.value, expected, figure, context.toleranceAt);
    if (tolerance === null) continue;
    found.push({
      figure: { ...figure, value: figure.value },
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
  const at = { cell: figure.cell, actual: figure.value, expected, tolerance };
  const where = {
    unit: context.index.unitName(found.unitId),
    line: found.label,
    column: context.index.columnLabel(chain.derived),
  };
  switch (chain.kind) {
    case 'current-budget':
      return report(mismatch(at, 'finding.chain-mismatch.current-budget', where));
    case 'variance':
      return report(mismatch(at, 'finding.chain-mismatch.variance', { ...where, ...formulaLabels(context, chain) }));
    case 'variance-favourable':
      return report(
        mismatch(at, 'finding.chain-mismatch.variance-favourable', { ...where, ...formulaLabels(context, chain) }),
      );
  }
}

/** The columns of the formula as the table labels them (TOT 1-12 2024 − KS+LTA:t 2024). */
function formulaLabels(context: RuleContext, chain: Chain): { forecastColumn: string; planColumn: string } {
  return {
    forecastColumn: context.index.columnLabel(chain.first),
    planColumn: context.index.columnLabel(chain.second),
  };
}

/** The chain a mapped convention spells: forecast − plan, plan − forecast, or favourable positive. */
function conventionChain(convention: VarianceConvention, derived: number, forecast: number, plan: number): Chain {
  // plan − forecast: the message spells the formula with the columns in the order subtracted.
  if (convention === 'plan-minus-forecast')
    return { derived, first: plan, second: forecast, sign: -1, kind: 'variance' };
  return {
    derived,
    first: forecast,
    second: plan,
    sign: -1,
    kind: convention === 'favourable-positive' ? 'variance-favourable' : 'variance',
  };
}
