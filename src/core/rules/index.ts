/**
 * The validation rules, by code, and the one function that runs them over a recognised table.
 * status-invalid comes from strategy recognition, table-not-found from analyze and
 * binding-unit-not-found from binding-level.ts (across all tables): they are about what could
 * not be recognised or found, not about a table's figures.
 */
import type { SheetSnapshot } from '../snapshot';
import type { BudgetTable, Figure, Finding, Period } from '../model';
import type { Settings } from '../settings';
import { defaultSettings } from '../settings';
import type { Rule, RuleCode, RuleContext } from './define-rule';
import { bindingOverrun } from './binding-overrun';
import { chainMismatch } from './chain-mismatch';
import { columnMissing } from './column-missing';
import { duplicateRow } from './duplicate-row';
import { errorValue } from './error-value';
import { hardcodedTotal } from './hardcoded-total';
import { missingValue } from './missing-value';
import { rollupMismatch } from './rollup-mismatch';
import { signInconsistent } from './sign-inconsistent';
import { totalMismatch } from './total-mismatch';
import { typeError } from './type-error';
import { indexTable } from './table-index';
import { displayedUnit, roundedSumTolerance, toleranceOf } from './tolerance';

export const rules: Readonly<Record<RuleCode, Rule>> = {
  'column-missing': columnMissing,
  'type-error': typeError,
  'error-value': errorValue,
  'missing-value': missingValue,
  'duplicate-row': duplicateRow,
  'total-mismatch': totalMismatch,
  'rollup-mismatch': rollupMismatch,
  'chain-mismatch': chainMismatch,
  'sign-inconsistent': signInconsistent,
  'hardcoded-total': hardcodedTotal,
  'binding-overrun': bindingOverrun,
};

export interface ValidateOptions {
  readonly settings?: Settings;
  readonly period?: Period | null;
  /** The table's sheet, for the number formats that refine the tolerance. */
  readonly sheet?: SheetSnapshot;
  /** Run only these rules (all when absent). */
  readonly only?: readonly RuleCode[];
}

/** Every finding of the rules about one recognised table, in the order the rules found them. */
export function validateTable(table: BudgetTable, options: ValidateOptions = {}): Finding[] {
  const context = ruleContext(table, options);
  const findings: Finding[] = [];
  const selected = options.only ? options.only.map((code) => rules[code]) : Object.values(rules);
  for (const rule of selected) {
    rule.check(context, (problem) => {
      findings.push({
        code: rule.code,
        severity: problem.severity ?? rule.severity,
        sheet: table.sheet,
        cell: problem.cell,
        messageId: problem.messageId,
        data: problem.data,
        ...(problem.expected !== undefined ? { expected: problem.expected } : {}),
        ...(problem.actual !== undefined ? { actual: problem.actual } : {}),
        ...(problem.tolerance !== undefined ? { tolerance: problem.tolerance } : {}),
      });
    });
  }
  return findings;
}

export function ruleContext(table: BudgetTable, options: ValidateOptions = {}): RuleContext {
  const sheet = options.sheet?.name === table.sheet ? options.sheet : undefined;
  const formats = sheet?.numberFormats;
  /** Per number format: its tolerance, or null when the format shows what the value has (General). */
  const cache = new Map<string, number | null>();
  return {
    table,
    index: indexTable(table),
    settings: options.settings ?? defaultSettings,
    period: options.period ?? null,
    toleranceAt(figure, roundedOperands = 0) {
      return roundedSumTolerance(halfUnitAt(figure), roundedOperands);
    },
  };

  function halfUnitAt(figure: Figure): number {
    const format =
      sheet && formats ? formats[figure.row - sheet.origin.row]?.[figure.column - sheet.origin.column] : undefined;
    if (format !== undefined) {
      let byFormat = cache.get(format);
      if (byFormat === undefined) {
        byFormat = displayedUnit(format) === null ? null : toleranceOf(table.scale, format);
        cache.set(format, byFormat);
      }
      if (byFormat !== null) return byFormat;
    }
    return toleranceOf(table.scale, null, figure.value);
  }
}

export { defineRule } from './define-rule';
export type { Rule, RuleCode, RuleContext, Report, ReportedProblem } from './define-rule';
export { toleranceOf, displayedUnit } from './tolerance';
export { indexTable } from './table-index';
export type { TableIndex } from './table-index';
export { bindingLevel } from './binding-overrun';
export { bindingTargets, defaultBindingUnits, unmatchedBindingUnits } from './binding-level';
export type { BindingSource, BindingTarget } from './binding-level';
