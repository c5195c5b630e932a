/**
 * chain-mismatch for the vertical budget chain: per unit and line, Alkuperäinen plus every
 * Muutos must be the Yhteensä written below them in the same budget column (the budget in
 * force that the deviations are taken from). Error, at the Yhteensä cell.
 */
import type { BudgetChain } from '../model';
import type { Report, RuleContext } from './define-rule';
import { mismatch } from './define-rule';
import type { chainMessages } from './chain-mismatch';
import { operand } from './figures';
import { beyondTolerance } from './tolerance';

export function checkVerticalChains(context: RuleContext, report: Report<typeof chainMessages>): void {
  for (const chain of context.table.budgetChains) {
    const { total } = chain;
    if (total.value === null) continue;
    const expected = sumOfSteps(chain);
    if (expected === null) continue;
    // Alkuperäinen and every Muutos, each rounded: (n + 1) / 2 displayed units.
    const operands = chain.changes.length + 1;
    const tolerance = beyondTolerance(total.value, expected, total, context.toleranceAt, operands);
    if (tolerance === null) continue;
    report(
      mismatch(
        { cell: total.cell, actual: total.value, expected, tolerance, operands },
        'finding.chain-mismatch.vertical',
        {
          unit: context.index.unitName(chain.unitId),
          line: chain.lineLabel,
          count: chain.changes.length,
        },
      ),
    );
  }
}

/** Alkuperäinen + Σ Muutos; null when a cell makes the sum unknowable (its own finding names it). */
function sumOfSteps(chain: BudgetChain): number | null {
  let sum = chain.original === null ? 0 : operand(chain.original);
  for (const change of chain.changes) {
    const value = operand(change.figure);
    if (sum === null || value === null) return null;
    sum += value;
  }
  return sum;
}
