/**
 * How the add-in recognises what it put into a workbook, so that it never touches anything else.
 */
import type { ReportSheetKey } from '../core';

export {
  reportMarkerPrefix,
  reportSheetKeys,
  reportMarkerName,
  reportKeyOfName,
  reportMarkerFormat,
  reportKeyOfNumberFormat,
} from '../core';

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
