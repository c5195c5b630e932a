/**
 * How the add-in's own report sheets are told apart from the user's, by two marks that each suffice:
 *
 * - a sheet-scoped defined name `BudgetMonitor_Report_<key>`. The key lives in the name itself rather
 *   than in its comment or a constant formula, and the name travels with the sheet when Excel moves
 *   or renames it. But other tools drop sheet-scoped names on a re-save (ExcelJS does), and the next
 *   run would then add a second report beside the first;
 * - so the title cell A1 also carries the key in its number format, as a quoted literal of the
 *   format's zero section (`General;-General;"budget-monitor report summary";@`). A1 holds the
 *   title, a text, which the last section `@` shows as it is: the marker is never displayed or
 *   printed. Cell formats are what every spreadsheet keeps (ExcelJS and LibreOffice round trips
 *   keep this code verbatim); Office.js reads and writes it since ExcelApi 1.1.
 *
 * A user's sheet that happens to be called 'Yhteenveto' has neither, so it is never mistaken for
 * ours. Both the Office.js layer and the .xlsx reader use this.
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

/** The text in a report sheet's title format: specific enough that no user's format has it by chance. */
function markerText(key: ReportSheetKey): string {
  return `budget-monitor report ${key}`;
}

/** The number format of a report sheet's title cell A1 (a text): it shows the title and carries the key. */
export function reportMarkerFormat(key: ReportSheetKey): string {
  return `General;-General;"${markerText(key)}";@`;
}

/** The key of a title cell's number format, null when the format carries no marker. */
export function reportKeyOfNumberFormat(format: string | null | undefined): ReportSheetKey | null {
  if (typeof format !== 'string' || !format.includes('budget-monitor report ')) return null;
  return reportSheetKeys.find((key) => format.includes(`"${markerText(key)}"`)) ?? null;
}
