/**
 * How the add-in recognises what it put into a workbook, so that it never touches anything else.
 */
import type { ReportSheetKey } from '../core/plan';

/**
 * Report sheets carry a sheet-scoped defined name `BudgetMonitor_Report_<key>`. The key lives in the
 * name itself rather than in its comment or a constant formula: a name is what every reader and
 * writer of .xlsx keeps, and it travels with the sheet when Excel moves it. A user's sheet that
 * happens to be called 'Yhteenveto' has no such name, so it is never mistaken for ours.
 */
export const reportMarkerPrefix = 'BudgetMonitor_Report_';

export const reportSheetKeys: readonly ReportSheetKey[] = ['summary', 'deviations', 'strategy', 'glossary'];

export function reportMarkerName(key: ReportSheetKey): string {
  return `${reportMarkerPrefix}${key}`;
}

/** The key of a marker name, null when the name is not a marker (Excel compares names case-insensitively). */
export function reportKeyOfName(name: string): ReportSheetKey | null {
  if (name.length <= reportMarkerPrefix.length) return null;
  if (name.slice(0, reportMarkerPrefix.length).toLowerCase() !== reportMarkerPrefix.toLowerCase()) return null;
  const key = name.slice(reportMarkerPrefix.length).toLowerCase();
  return reportSheetKeys.find((candidate) => candidate === key) ?? null;
}

export function reportMarkerComment(key: ReportSheetKey): string {
  return `budget-monitor report sheet (${key}); the add-in replaces this sheet when it inserts a new report`;
}

/**
 * Flags are custom conditional formats whose rule formula carries the marker text. The formula is
 * always TRUE, so the rule colours its cells unconditionally, and the marker lives in the workbook
 * itself: it survives save, reopen, copy and paste, and needs no list of ids kept elsewhere
 * (conditional format ids are not stable across sessions). clearFlags deletes exactly the rules
 * whose formula holds the marker, so the user's own conditional formats are never touched.
 */
export const flagMarker = 'budget-monitor:flag';
export const flagRuleFormula = `=ISTEXT("${flagMarker}")`;

export function isFlagRuleFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.toLowerCase().includes(flagMarker);
}
