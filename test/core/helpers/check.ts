/** Runs one rule over a table, as analyze would, and returns its findings, typed by the rule's messages. */
import { rules, validateTable } from '../../../src/core/rules';
import type { FindingOfRule, RuleCode, ValidateOptions } from '../../../src/core/rules';
import type { BudgetTable } from '../../../src/core/model';

export function check<C extends RuleCode>(
  code: C,
  table: BudgetTable,
  options: Omit<ValidateOptions, 'only'> = {},
): FindingOfRule<(typeof rules)[C]>[] {
  return validateTable(table, { ...options, only: [code] }) as FindingOfRule<(typeof rules)[C]>[];
}
