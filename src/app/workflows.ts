/**
 * What the task pane, the ribbon commands and the command line do, once: read the workbook
 * through ExcelOperations, ask the core, apply its plans, and return what happened as data.
 * No Excel API here: the same workflow runs in Excel and on the headless host.
 */
import { analyze } from '../core/analyze';
import { planFlags } from '../core/flags';
import type { Analysis, Period, Severity } from '../core/model';
import type { ReportPlan } from '../core/plan';
import {
  commentaryKey,
  findPeriod,
  planReport,
  readCommentary,
  reportPeriod,
  samePeriod,
  type ReportScale,
} from '../core/report';
import type { Settings } from '../core/settings';
import type { SheetSnapshot } from '../core/snapshot';
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

/** Validate the workbook: findings, deviations and strategic status. */
export async function runCheck(ops: ExcelOperations, settings?: Settings): Promise<CheckOutcome> {
  const analysis = await analyzeWorkbook(ops, settings ?? (await ops.loadSettings()));
  return { analysis, counts: countBySeverity(analysis) };
}

export interface FlagOutcome extends CheckOutcome {
  readonly flagged: number;
}

/** Colour the deviation cells and the strategic status cells with traffic lights. */
export async function runFlag(ops: ExcelOperations, settings?: Settings): Promise<FlagOutcome> {
  const { analysis, counts } = await runCheck(ops, settings);
  const { flagged } = await ops.flag(planFlags(analysis));
  return { analysis, counts, flagged };
}

/** Remove every flag the add-in added, and nothing else. */
export async function runClearFlags(ops: ExcelOperations): Promise<{ readonly removed: number }> {
  return ops.clearFlags();
}

export interface InsertReportOptions {
  /** The default: the workbook's period (TOT column), else the current quarter. */
  readonly period?: Period;
  readonly language: Language;
  readonly scale: ReportScale;
  /** Also colour the deviation and status cells. */
  readonly withFlags?: boolean;
  /** The settings to use; those stored in the workbook when absent. */
  readonly settings?: Settings;
  readonly today?: Date;
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
  readonly plan: ReportPlan;
  readonly applied: AppliedReport;
  readonly commentary: CommentaryOutcome;
  /** Cells flagged, when flags were asked for. */
  readonly flagged: number | null;
}

/**
 * Insert the standard follow-up report. A report already in the workbook (found by the add-in's
 * marker, not by name) is replaced; the commentary typed into its Deviations sheet is carried
 * over by unit and line when it is for the same period.
 */
export async function runInsertReport(
  ops: ExcelOperations,
  options: InsertReportOptions,
): Promise<InsertReportOutcome> {
  return applyPreparedReport(ops, await prepareReport(ops, options), options);
}

/** A report planned and not yet written: what the caller may look at before anything changes. */
export interface PreparedReport extends CheckOutcome {
  readonly plan: ReportPlan;
  readonly commentary: CommentaryOutcome;
}

/**
 * The first half of inserting a report: reads the workbook and the previous report, plans the new
 * one, writes nothing. A caller that must not write a report from nothing (no budget table at all)
 * stops here.
 */
export async function prepareReport(ops: ExcelOperations, options: InsertReportOptions): Promise<PreparedReport> {
  const settings = options.settings ?? (await ops.loadSettings());
  const analysis = await analyzeWorkbook(ops, settings);
  const period = reportPeriod(analysis, options);
  const planOptions = { period, language: options.language, scale: options.scale, today: options.today };

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
  return { analysis, counts: countBySeverity(analysis), plan, commentary: { carried, notCarried, previousPeriod } };
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
