/**
 * The standard follow-up report as a plan: four sheets (Summary, Deviations, Strategy, Glossary)
 * with their charts, for a period and a language. Only src/excel/ applies it.
 */
import type { Language } from '../../i18n/language';
import type { Analysis, Period } from '../model';
import type { ReportPlan } from '../plan';
import { reportContext } from './context';
import { planDeviations } from './deviations-sheet';
import { planGlossary } from './glossary-sheet';
import { type ReportScale } from './number-formats';
import { quarterOf } from './period';
import { planStrategy } from './strategy-sheet';
import { planSummary } from './summary-sheet';

export { commentaryKey, readCommentary, isCommentaryPlaceholder, type CommentaryShape } from './commentary';
export { orderDeviations } from './deviations-sheet';
export { parsePeriod, periodLabel, quarterOf, findPeriod, samePeriod } from './period';
export { isReportScale, reportScales, type ReportScale } from './number-formats';
export { organisationOf } from './areas';

export interface ReportOptions {
  /** The default: the analysis's period (from the TOT column), else the quarter of `today`. */
  readonly period?: Period;
  readonly language: Language;
  readonly scale: ReportScale;
  /** Commentary to carry over, by commentaryKey(unitId, line). */
  readonly commentary?: ReadonlyMap<string, string>;
  /** Commentary not to place on rows (a report for another period), kept below the table. */
  readonly leftoverCommentary?: ReadonlyMap<string, string>;
  /** The date the default period falls back on (now when absent). */
  readonly today?: Date;
}

export function reportPeriod(analysis: Analysis, options: Pick<ReportOptions, 'period' | 'today'>): Period {
  return options.period ?? analysis.period ?? quarterOf(options.today ?? new Date());
}

export function planReport(analysis: Analysis, options: ReportOptions): ReportPlan {
  const period = reportPeriod(analysis, options);
  const context = reportContext(options.language, options.scale, period);
  const deviations = planDeviations(analysis, context, options.commentary ?? new Map(), options.leftoverCommentary);
  return {
    period,
    language: options.language,
    sheets: [
      planSummary(analysis, context, deviations.name),
      deviations,
      planStrategy(analysis, context),
      planGlossary(context),
    ],
  };
}
