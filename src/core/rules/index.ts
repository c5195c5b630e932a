/**
 * Every validation rule, one module each, in one registry: the table rules, run over each
 * recognised table, and the workbook rules, run once over what recognition made of the workbook
 * (a sheet without a table, a status that cannot be read, settings naming no unit). Every
 * finding comes from one of them, and the Finding type is the union of their messages: a reader
 * that switches on a finding's code (and message id) gets that message's details, typed.
 */
import type { FindingMessageId } from '../../i18n/catalogs/findings';
import type { SheetSnapshot } from '../snapshot';
import type { BudgetTable, Figure, Period, Severity } from '../model';
import type { Settings } from '../settings';
import { defaultSettings } from '../settings';
import type { Details, RuleContext, WorkbookContext } from './define-rule';
import { bindingOverrun } from './binding-overrun';
import { bindingUnitNotFound } from './binding-unit-not-found';
import { chainMismatch } from './chain-mismatch';
import { columnMissing } from './column-missing';
import { duplicateRow } from './duplicate-row';
import { errorValue } from './error-value';
import { farCells } from './far-cells';
import { hardcodedTotal } from './hardcoded-total';
import { mappingMismatch } from './mapping-mismatch';
import { layoutUnclear } from './layout-unclear';
import { missingValue } from './missing-value';
import { rollupMismatch } from './rollup-mismatch';
import { signInconsistent } from './sign-inconsistent';
import { statusInvalid } from './status-invalid';
import { tableNotFound } from './table-not-found';
import { totalMismatch } from './total-mismatch';
import { typeError } from './type-error';
import { indexTable } from './table-index';
import { displayedUnit, roundedSumTolerance, toleranceOf } from './tolerance';

/** A list of rules as a record by code; adding a rule is adding it here. */
function byCode<const R extends readonly { readonly code: string }[]>(
  ...list: R
): { readonly [K in R[number] as K['code']]: K } {
  return Object.fromEntries(list.map((rule) => [rule.code, rule])) as { readonly [K in R[number] as K['code']]: K };
}

/** The table rules, in the order they run. */
export const rules = byCode(
  layoutUnclear,
  columnMissing,
  typeError,
  errorValue,
  missingValue,
  duplicateRow,
  totalMismatch,
  rollupMismatch,
  chainMismatch,
  signInconsistent,
  hardcodedTotal,
  bindingOverrun,
);

/** The workbook rules, in the order they run. */
export const workbookRules = byCode(tableNotFound, statusInvalid, mappingMismatch, bindingUnitNotFound, farCells);

export type RuleCode = keyof typeof rules;
type AnyRule = (typeof rules)[RuleCode] | (typeof workbookRules)[keyof typeof workbookRules];

/** One message of one rule as a finding: where it is, and its details typed by its placeholders. */
export interface FindingOf<C extends string, K extends FindingMessageId, D> {
  readonly code: C;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell that is wrong. */
  readonly cell: string;
  /** Catalogue key of the message, e.g. 'finding.total-mismatch.margin'. */
  readonly messageId: K;
  /** Placeholders of the message. Euro figures are numbers in euros; the renderer formats them. */
  readonly data: D;
  /** Euros, where a figure was expected. */
  readonly expected?: number;
  readonly actual?: number;
  /** The tolerance used for a comparison, in euros. */
  readonly tolerance?: number;
}

/** The findings a rule can report: one variant per message. */
export type FindingOfRule<R> = R extends { readonly code: infer C extends string; readonly messages: infer M }
  ? { [K in keyof M & FindingMessageId]: FindingOf<C, K, Details<NonNullable<M[K]>>> }[keyof M & FindingMessageId]
  : never;

/** A problem found in the workbook, tagged by its code and message id. Text is rendered later from the catalogue. */
export type Finding = FindingOfRule<AnyRule>;
export type FindingCode = Finding['code'];
/** The findings of one code, e.g. FindingWith<'binding-overrun'>, whose `data` a reader can use without probing. */
export type FindingWith<C extends FindingCode> = Extract<Finding, { readonly code: C }>;

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
  const selected: readonly Runnable<RuleContext>[] = options.only
    ? options.only.map((code) => rules[code])
    : Object.values(rules);
  for (const rule of selected) {
    rule.check(context, (problem) => findings.push(findingOf(rule, table.sheet, problem)));
  }
  return findings;
}

/** Every finding of the workbook rules, in the order the rules found them. */
export function validateWorkbook(context: WorkbookContext): Finding[] {
  const findings: Finding[] = [];
  const selected: readonly Runnable<WorkbookContext, { readonly sheet: string }>[] = Object.values(workbookRules);
  for (const rule of selected) {
    rule.check(context, (problem) => findings.push(findingOf(rule, problem.sheet, problem)));
  }
  return findings;
}

/** What a rule reports, its message's details seen as any message's. */
interface AnyProblem {
  readonly cell: string;
  readonly messageId: FindingMessageId;
  readonly data: Readonly<Record<string, string | number>>;
  readonly severity?: Severity;
  readonly expected?: number;
  readonly actual?: number;
  readonly tolerance?: number;
}

/** A rule as the registry runs it, whatever its messages. */
interface Runnable<Context, Extra = unknown> {
  readonly code: string;
  readonly severity: Severity;
  check(context: Context, report: (problem: AnyProblem & Extra) => void): void;
}

/**
 * The one place a report becomes a Finding. The compiler has checked the report against the
 * rule's own messages (define-rule.ts); here the rule is seen through its general type only.
 */
function findingOf(
  rule: { readonly code: string; readonly severity: Severity },
  sheet: string,
  problem: AnyProblem,
): Finding {
  return {
    code: rule.code,
    severity: problem.severity ?? rule.severity,
    sheet,
    cell: problem.cell,
    messageId: problem.messageId,
    data: problem.data,
    ...(problem.expected !== undefined ? { expected: problem.expected } : {}),
    ...(problem.actual !== undefined ? { actual: problem.actual } : {}),
    ...(problem.tolerance !== undefined ? { tolerance: problem.tolerance } : {}),
  } as Finding;
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

export { defineRule, defineWorkbookRule } from './define-rule';
export type {
  Details,
  Rule,
  WorkbookRule,
  RuleContext,
  WorkbookContext,
  RuleMessages,
  MessageShape,
  Placeholder,
  Report,
  ReportedProblem,
} from './define-rule';
export { toleranceOf, displayedUnit } from './tolerance';
export { indexTable } from './table-index';
export type { TableIndex } from './table-index';
export { bindingLevel } from './binding-overrun';
export { sheetKey } from './table-not-found';
export { bindingTargets, defaultBindingUnits, unmatchedBindingUnits } from './binding-level';
export type { BindingSource, BindingTarget } from './binding-level';
