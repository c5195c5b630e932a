/**
 * The shape of a validation rule, after ESLint: a stable code, a default severity, its messages
 * (catalogue ids, each with the details its placeholders take), and a `check` that reports what
 * is wrong as data. Text comes later, from the catalogue, by message id.
 *
 * The compiler holds each rule to its own messages: `report` accepts only the ids the rule
 * declares, each with exactly its details, and a rule may declare only ids named after its code
 * ('finding.<code>' or 'finding.<code>.<variant>'). Every Finding is one rule's report, so the
 * union of the rules' messages (rules/index.ts) is the Finding type readers switch on.
 *
 * Table rules look at one recognised table; workbook rules at what recognition made of the
 * whole workbook (a sheet without a table, a status that cannot be read, settings that name
 * no unit).
 */
import type { FindingMessageId } from '../../i18n/catalogs/findings';
import type { BudgetTable, Figure, Period, Severity, StrategyResult } from '../model';
import type { MappedWorkbook } from '../mapping/apply';
import type { Settings } from '../settings';
import type { WorkbookSnapshot } from '../snapshot';
import type { TableIndex } from './table-index';

/** What a placeholder holds: text as written in the workbook, a count or figure, or an amount in euros. */
export type Placeholder = 'text' | 'number' | 'euros';

/** A message's placeholders and what each holds, e.g. { unit: 'text', overrun: 'euros' }. */
export type MessageShape = Readonly<Record<string, Placeholder>>;

/** The message ids a rule of code C may have. */
export type OwnMessageId<C extends string> = Extract<FindingMessageId, `finding.${C}` | `finding.${C}.${string}`>;

/** A rule's messages: each of its ids with its placeholders. */
export type RuleMessages<C extends string = string> = { readonly [M in OwnMessageId<C>]?: MessageShape };

/** The details of a message as the rule gives them: text placeholders as strings, the others as numbers. */
export type Details<S extends MessageShape> = { readonly [P in keyof S]: ValueOf<S[P]> };

type ValueOf<P extends Placeholder> = P extends 'text' ? string : number;

/** Where a finding is and its comparison, apart from its message. */
interface Placed {
  readonly cell: string;
  /** The rule's severity unless the report says otherwise. */
  readonly severity?: Severity;
  /** Euros, where a figure was expected. */
  readonly expected?: number;
  readonly actual?: number;
  /** The tolerance used for a comparison, in euros. */
  readonly tolerance?: number;
}

/** What a table rule says about one cell, for one of its messages; the sheet is the table's. */
export type ReportedProblem<M extends RuleMessages> = {
  readonly [K in keyof M & FindingMessageId]: Placed & {
    readonly messageId: K;
    readonly data: Details<NonNullable<M[K]>>;
  };
}[keyof M & FindingMessageId];

/** What a workbook rule says: a problem on a sheet it names. */
export type WorkbookProblem<M extends RuleMessages> = ReportedProblem<M> & { readonly sheet: string };

export type Report<M extends RuleMessages> = (problem: ReportedProblem<M>) => void;
export type WorkbookReport<M extends RuleMessages> = (problem: WorkbookProblem<M>) => void;

/** What a table rule may look at. Built once per table and shared by every rule. */
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

/** What a workbook rule may look at: the workbook and what recognition made of it. */
export interface WorkbookContext {
  /** Every sheet of the workbook, in workbook order. */
  readonly snapshot: WorkbookSnapshot;
  /** The sheets analysed: those asked for, else all but the add-in's own report sheets. */
  readonly workbook: WorkbookSnapshot;
  /** The sheet names the user asked for, as given; undefined when the whole workbook is checked. */
  readonly asked: readonly string[] | undefined;
  readonly tables: readonly BudgetTable[];
  readonly strategy: StrategyResult | null;
  readonly settings: Settings;
  /** The user's mappings applied to the workbook: the guides recognition followed, and what no longer fits. */
  readonly mapped: MappedWorkbook;
}

export interface Rule<C extends string = string, M extends RuleMessages<C> = RuleMessages<C>> {
  readonly code: C;
  /** The severity of the rule's findings unless a report says otherwise. */
  readonly severity: Severity;
  readonly messages: M;
  check(context: RuleContext, report: Report<M>): void;
}

export interface WorkbookRule<C extends string = string, M extends RuleMessages<C> = RuleMessages<C>> {
  readonly code: C;
  readonly severity: Severity;
  readonly messages: M;
  check(context: WorkbookContext, report: WorkbookReport<M>): void;
}

/** Identity, for type inference and for reading: every table rule module is `export const x = defineRule({...})`. */
export function defineRule<const C extends string, const M extends RuleMessages<C>>(rule: Rule<C, M>): Rule<C, M> {
  return rule;
}

/** The same for a rule about the workbook as a whole. */
export function defineWorkbookRule<const C extends string, const M extends RuleMessages<C>>(
  rule: WorkbookRule<C, M>,
): WorkbookRule<C, M> {
  return rule;
}

/** The placeholders of a sum rule's message besides its own: the figure found, the one expected, the tolerance and the rounded figures it allowed for. */
export const comparison = { actual: 'euros', expected: 'euros', tolerance: 'euros', operands: 'number' } as const;

/**
 * A figure that is not what it should be beyond the tolerance: the one shape of every sum rule's
 * finding, so the message always has the actual and expected figures and the tolerance it allowed.
 */
export function mismatch<const K extends FindingMessageId, const D extends Readonly<Record<string, string | number>>>(
  at: {
    readonly cell: string;
    readonly actual: number;
    readonly expected: number;
    readonly tolerance: number;
    /** How many rounded figures the expected value adds up: the message says what the tolerance allowed for. */
    readonly operands: number;
  },
  messageId: K,
  data: D,
): Placed & {
  readonly messageId: K;
  readonly data: D & {
    readonly actual: number;
    readonly expected: number;
    readonly tolerance: number;
    readonly operands: number;
  };
} {
  const { cell, actual, expected, tolerance, operands } = at;
  return { cell, messageId, data: { ...data, actual, expected, tolerance, operands }, expected, actual, tolerance };
}
