/**
 * The controller's commentary on the Deviations sheet, keyed by unit and line so that it follows
 * its deviation when the report is produced again, whatever the row order then.
 */
import { t } from '../../i18n';
import { languages } from '../../i18n/language';
import type { LineKind } from '../model';
import type { SheetPlan } from '../plan';
import type { SheetSnapshot } from '../snapshot';
import { isCellError } from '../snapshot';

export type CommentaryShape = NonNullable<SheetPlan['commentary']>;

export function commentaryKey(unitId: string, line: LineKind | string): string {
  return `${unitId}|${line}`;
}

/** The placeholder shown for a red deviation without commentary, in every language: never carried over. */
const placeholders = new Set(languages.map((language) => t(language, 'report.deviations.explanationMissing')));

export function isCommentaryPlaceholder(text: string): boolean {
  return placeholders.has(text.trim());
}

/**
 * Commentary typed into a Deviations sheet, by key. Every row from the first data row down is
 * read (rows may have been moved or added); rows without a key, empty cells and the
 * "explanation missing" placeholder give nothing.
 */
export function readCommentary(sheet: SheetSnapshot, shape: CommentaryShape): Map<string, string> {
  const commentary = new Map<string, string>();
  const at = (row: number, column: number): string => {
    const value = sheet.values[row - sheet.origin.row]?.[column - sheet.origin.column];
    if (value === null || value === undefined || isCellError(value)) return '';
    return String(value).trim();
  };
  const lastRow = sheet.origin.row + sheet.values.length - 1;
  for (let row = Math.max(shape.firstRow, sheet.origin.row); row <= lastRow; row += 1) {
    const key = shape.keyColumns.map((column) => at(row, column)).join('|');
    const text = at(row, shape.column);
    if (key.replace(/\|/g, '') === '' || text === '' || isCommentaryPlaceholder(text)) continue;
    commentary.set(key, text);
  }
  return commentary;
}
