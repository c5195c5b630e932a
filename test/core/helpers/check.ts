/** Runs one rule over a table, as analyze would, and returns its findings. */
import { validateTable } from '../../../src/core/rules';
import type { RuleCode, ValidateOptions } from '../../../src/core/rules';
import type { BudgetTable, Finding } from '../../../src/core/model';

export function check(code: RuleCode, table: BudgetTable, options: Omit<ValidateOptions, 'only'> = {}): Finding[] {
  return validateTable(table, { ...options, only: [code] });
}
