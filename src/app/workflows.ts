/**
 * What the task pane, the ribbon commands and the command line do, once: read the workbook
 * through ExcelOperations, ask the core, apply its plans, and return what happened as data.
 * No Excel API here: the same workflow runs in Excel and on the headless host.
 */
import {
  analyze,
  planFlags,
  type Analysis,
  type Period,
  type Severity,
  type Flag,
  type ReportPlan,
  commentaryKey,
  findPeriod,
  planReport,
  quarterOf,
  readCommentary,
  samePeriod,
  type ReportScale,
  type Settings,
  type SheetSnapshot,
} from '../core';
import type { AppliedReport, ExcelOperations } from '../excel/types';
import type { Language } from '../i18n/language';

export type SeverityCounts = Readonly<Record<Severity, number>>;

export interface CheckOutcome {
  readonly analysis: Analysis;
  readonly counts: SeverityCounts;
}

export function countBySeverity(analysis: Analysis): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of analysis.findings) counts[finding.severity] += 1;
  return counts;
}

async function analyzeWorkbook(ops: ExcelOperations, settings: Settings): Promise<Analysis> {
  // Our own report sheets are never budget tables: reading them would only slow recognition down.
  const snapshot = await ops.readWorkbook({ skipReportSheets: true });
  return analyze(snapshot, settings);
}

/**
 * Why an action did nothing. The workbook is as it was; the caller tells the user, in the words of
 * the reason, and may ask them (a period, going on despite errors) and run the action again.
 */
export type Refusal =
  /** No budget table was recognised: flags or a report would be a false all-clear. */
  | { readonly refused: 'no-table'; readonly analysis: Analysis }
  /** Only the strategy's statuses were asked for, and there is no table of strategic measures. */
  | { readonly refused: 'no-strategy'; readonly analysis: Analysis }
  /** The check found errors: a report of wrong figures goes out only when the user says so. */
  | { readonly refused: 'error-findings'; readonly analysis: Analysis; readonly errors: number }
  /** The workbook names no period (no TOT column with its months and year), and none was given. */
  | { readonly refused: 'no-period'; readonly analysis: Analysis };

export function isRefusal<T extends object>(outcome: T | Refusal): outcome is Refusal {
  return 'refused' in outcome;
}

/** Validate the workbook: findings, deviations and strategic status. */
export async function runCheck(ops: ExcelOperations, settings?: Settings): Promise<CheckOutcome> {
  const analysis = await analyzeWorkbook(ops, settings ?? (await ops.loadSettings()));
  return { analysis, counts: countBySeverity(analysis) };
}

export interface FlagOutcome extends CheckOutcome {
  /** Cells flagged, of every kind asked for. */
  readonly flagged: number;
  /** Cells flagged of each kind. */
  readonly byKind: Readonly<Record<Flag['kind'], number>>;
}

const allKinds: ReadonlySet<Flag['kind']> = new Set(['deviation', 'status']);

/**
 * Colour the deviation cells and the strategic status cells with traffic lights (the kinds asked
 * for; flagging replaces every earlier flag of the add-in). Refused, with nothing changed, when
 * nothing of those kinds was recognised.
 */
export async function runFlag(
  ops: ExcelOperations,
  settings?: Settings,
  kinds: ReadonlySet<Flag['kind']> = allKinds,
): Promise<FlagOutcome | Refusal> {
  const { analysis, counts } = await runCheck(ops, settings);
  if (kinds.has('deviation') && analysis.tables.length === 0) return { refused: 'no-table', analysis };
  if (!kinds.has('deviation') && analysis.strategy === null) return { refused: 'no-strategy', analysis };
  const flags = planFlags(analysis).flags.filter((flag) => kinds.has(flag.kind));
  const { flagged } = await ops.flag({ flags });
  const deviation = flags.filter((flag) => flag.kind === 'deviation').length;
  return { analysis, counts, flagged, byKind: { deviation, status: flags.length - deviation } };
}

/** Remove every flag the add-in added, and nothing else; `removed` counts cells, as flagging does. */
export async function runClearFlags(ops: ExcelOperations): Promise<{ readonly removed: number }> {
  return ops.clearFlags();
}

export interface InsertReportOptions {
  /** The period the user chose; by default the workbook's own (the TOT column's months and year). */
  readonly period?: Period;
  readonly language: Language;
  readonly scale: ReportScale;
  /** Also colour the deviation and status cells. */
  readonly withFlags?: boolean;
  /** The settings to use; those stored in the workbook when absent. */
  readonly settings?: Settings;
  /**
   * Where the workbook names no period and none was given, the quarter of this date (the command
   * line's documented default). Without it the report is refused with 'no-period', so the user is
   * asked instead of getting a report dated today over another year's figures.
   */
  readonly today?: Date;
  /** Go on although the check found errors (the user has been told how many and said so). */
  readonly acceptErrors?: boolean;
}

export interface CommentaryOutcome {
  /** Comments placed on the new Deviations sheet, matched by unit and line. */
  readonly carried: number;
  /**
   * Comments of the previous report that found no row in the new one (the unit or line is gone,
   * or the previous report was for another period). They are kept below the Deviations table and
   * returned so the caller can tell the user: nothing the controller typed disappears silently.
   */
  readonly notCarried: readonly { readonly key: string; readonly text: string }[];
  /** The period of the previous report, when there was one. */
  readonly previousPeriod: Period | null;
}

export interface InsertReportOutcome extends CheckOutcome {
  readonly period: Period;
  readonly plan: ReportPlan;
  readonly applied: AppliedReport;
  readonly commentary: CommentaryOutcome;
  /** Cells flagged, when flags were asked for. */
  readonly flagged: number | null;
}

/**
 * Insert the standard follow-up report. A report already in the workbook (found by the add-in's
 * marker, not by name) is replaced; the commentary typed into its Deviations sheet is carried
 * over by unit and line when it is for the same period. Refused, with nothing changed, on a
 * workbook with no budget table, with error findings (unless accepted), or with no period.
 */
export async function runInsertReport(
  ops: ExcelOperations,
  options: InsertReportOptions,
): Promise<InsertReportOutcome | Refusal> {
  const prepared = await prepareReport(ops, options);
  return isRefusal(prepared) ? prepared : applyPreparedReport(ops, prepared, options);
}

/** A report planned and not yet written: what the caller may look at before anything changes. */
export interface PreparedReport extends CheckOutcome {
  readonly period: Period;
  readonly plan: ReportPlan;
  readonly commentary: CommentaryOutcome;
}

/**
 * The first half of inserting a report: reads the workbook and the previous report, plans the new
 * one, writes nothing; or says why there is to be no report (the refusals above).
 */
export async function prepareReport(
  ops: ExcelOperations,
  options: InsertReportOptions,
): Promise<PreparedReport | Refusal> {
  const settings = options.settings ?? (await ops.loadSettings());
  const analysis = await analyzeWorkbook(ops, settings);
  if (analysis.tables.length === 0) return { refused: 'no-table', analysis };
  const counts = countBySeverity(analysis);
  if (counts.error > 0 && !options.acceptErrors) return { refused: 'error-findings', analysis, errors: counts.error };
  const period = options.period ?? analysis.period ?? (options.today ? quarterOf(options.today) : null);
  if (period === null) return { refused: 'no-period', analysis };
  const planOptions = { period, language: options.language, scale: options.scale };

  const previous = (await ops.readReportSheets()).find((sheet) => sheet.key === 'deviations')?.snapshot ?? null;
  const fresh = planReport(analysis, planOptions);
  const shape = fresh.sheets.find((sheet) => sheet.key === 'deviations')?.commentary;
  const previousPeriod = previous ? periodOfSheet(previous) : null;
  const typed = previous && shape ? readCommentary(previous, shape) : new Map<string, string>();
  // A report for another period explains other figures: its comments are not carried into this one.
  const carryable = previousPeriod === null || samePeriod(previousPeriod, period);
  const commentary = carryable ? typed : new Map<string, string>();
  const leftoverCommentary = carryable ? new Map<string, string>() : typed;
  const plan = typed.size > 0 ? planReport(analysis, { ...planOptions, commentary, leftoverCommentary }) : fresh;

  const keys = new Set(analysis.deviations.map((d) => commentaryKey(d.unitId, d.line)));
  const carried = [...commentary.keys()].filter((key) => keys.has(key)).length;
  const notCarried = [...typed.entries()]
    .filter(([key]) => !carryable || !keys.has(key))
    .map(([key, text]) => ({ key, text }));
  return { analysis, counts, period, plan, commentary: { carried, notCarried, previousPeriod } };
}

/** The second half: writes the prepared report (and the flags, when asked for). */
export async function applyPreparedReport(
  ops: ExcelOperations,
  prepared: PreparedReport,
  options: Pick<InsertReportOptions, 'withFlags'>,
): Promise<InsertReportOutcome> {
  const applied = await ops.applyReport(prepared.plan);
  const flagged = options.withFlags ? (await ops.flag(planFlags(prepared.analysis))).flagged : null;
  return { ...prepared, applied, flagged };
}

/** The period in a report sheet's title row ('POIKKEAMAT Q4/2024'), null when there is none. */
function periodOfSheet(sheet: SheetSnapshot): Period | null {
  for (const row of sheet.values.slice(0, 3)) {
    for (const value of row) {
      if (typeof value !== 'string') continue;
      const period = findPeriod(value);
      if (period) return period;
    }
  }
  return null;
}
