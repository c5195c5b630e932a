/**
 * The shape of a validation rule, after ESLint: a stable code, a default severity, and a
 * `check` that looks at one recognised table and reports what is wrong as data. Text comes
 * later, from the catalogue, by messageId.
 */
import type { FindingMessageId } from '../../i18n/catalogs/findings';
import type { BudgetTable, Figure, FindingCode, Period, Severity } from '../model';
import type { Settings } from '../settings';
import type { TableIndex } from './table-index';

/** What a rule may look at. Built once per table and shared by every rule. */
export interface RuleContext {
  readonly table: BudgetTable;
  readonly index: TableIndex;
  readonly settings: Settings;
  /** The period the workbook reports on, when its TOT column says so. */
  readonly period: Period | null;
  /**
   * What "equal" means for rounded figures, in euros, at the figure's cell: a figure computed
   * from n figures each rounded to the displayed unit equals its printed value within
   * (n + 1) / 2 displayed units; a single figure against an exact computed one (n = 0, the
   * default) within half a unit.
   */
  toleranceAt(figure: Figure, roundedOperands?: number): number;
}

/** What a rule says about one cell; the code, the sheet and (by default) the severity come from the rule. */
export interface ReportedProblem {
  readonly cell: string;
  readonly messageId: FindingMessageId;
  readonly data: Readonly<Record<string, string | number>>;
  readonly severity?: Severity;
  readonly expected?: number;
  readonly actual?: number;
  readonly tolerance?: number;
}

export type Report = (problem: ReportedProblem) => void;

/**
 * A figure that is not what it should be beyond the tolerance: the one shape of every sum rule's
 * finding, so the message always has the actual and expected figures and the tolerance it allowed.
 */
export function mismatch(
  at: {
    readonly cell: string;
    readonly actual: number;
    readonly expected: number;
    readonly tolerance: number;
    /** How many rounded figures the expected value adds up: the message says what the tolerance allowed for. */
    readonly operands: number;
  },
  messageId: FindingMessageId,
  data: Readonly<Record<string, string | number>>,
): ReportedProblem {
  const { cell, actual, expected, tolerance, operands } = at;
  return { cell, messageId, data: { ...data, actual, expected, tolerance, operands }, expected, actual, tolerance };
}

export type RuleCode = Exclude<
  FindingCode,
  'status-invalid' | 'table-not-found' | 'mapping-mismatch' | 'layout-unclear' | 'binding-unit-not-found'
>;

export interface Rule {
  readonly code: RuleCode;
  /** The severity of the rule's findings unless a report says otherwise. */
  readonly severity: Severity;
  check(context: RuleContext, report: Report): void;
}

/** Identity, for type inference and for reading: every rule module is `export const x = defineRule({...})`. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
