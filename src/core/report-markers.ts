/**
 * How the add-in's own report sheets are told apart from the user's: a sheet-scoped defined name
 * `BudgetMonitor_Report_<key>`. The key lives in the name itself rather than in its comment or a
 * constant formula: a name is what every reader and writer of .xlsx keeps, and it travels with the
 * sheet when Excel moves or renames it. A user's sheet that happens to be called 'Yhteenveto' has no
 * such name, so it is never mistaken for ours. Both the Office.js layer and the .xlsx reader use this.
 */
import type { ReportSheetKey } from './plan';

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
