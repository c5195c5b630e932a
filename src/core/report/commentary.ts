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

const keyHeaders = new Set(languages.map((language) => t(language, 'report.deviations.key')));
const commentaryHeaders = new Set(languages.map((language) => t(language, 'report.deviations.commentary')));

/**
 * Where the key and the commentary stand on a sheet as it is now: found by their headers in the
 * row above the data (in any language), so a sheet made for another period (other columns) or
 * one where the user inserted a column is read right; the planned columns otherwise.
 */
function locate(sheet: SheetSnapshot, shape: CommentaryShape): { column: number; keyColumns: readonly number[] } {
  const header = sheet.values[shape.firstRow - 1 - sheet.origin.row] ?? [];
  const columnOf = (names: Set<string>) => {
    const index = header.findIndex((value) => typeof value === 'string' && names.has(value.trim()));
    return index < 0 ? null : index + sheet.origin.column;
  };
  const key = columnOf(keyHeaders);
  const column = columnOf(commentaryHeaders);
  return key !== null && column !== null ? { column, keyColumns: [key] } : shape;
}

/**
 * Commentary typed into a Deviations sheet, by key. Every row from the first data row down is
 * read (rows may have been moved or added); rows without a key, empty cells and the
 * "explanation missing" placeholder give nothing.
 */
export function readCommentary(sheet: SheetSnapshot, planned: CommentaryShape): Map<string, string> {
  const shape = { ...planned, ...locate(sheet, planned) };
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
