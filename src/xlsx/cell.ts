/**
 * The one conversion of an ExcelJS cell into the engine's snapshot cell. The .xlsx reader
 * and the headless Excel host both use it, so both show the engine the same workbook.
 */
import type { Cell, CellValue as ExcelJsValue, Fill } from 'exceljs';
import type { CellValue } from '../core';

export interface CellSnapshot {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly indent: number;
  readonly fill: string | null;
}

/** The part of an ExcelJS cell the conversion reads (an ExcelJS Cell has all of it). */
export type CellSource = Pick<Cell, 'value' | 'numFmt' | 'alignment' | 'fill'> & {
  readonly type?: Cell['type'];
  readonly formula?: string;
  /** An ExcelJS Cell's cached formula result; its value drops a result of 0 or false. */
  readonly result?: unknown;
  readonly workbook?: { readonly properties?: { readonly date1904?: boolean } };
};

/** ExcelJS ValueType.Merge: a merged cell other than the top-left one shows nothing, as in Excel. */
const mergeType = 1;

export function cellSnapshot(cell: CellSource): CellSnapshot {
  const date1904 = cell.workbook?.properties?.date1904 === true;
  const merged = cell.type === mergeType;
  return {
    value: merged ? null : plainValue(withResult(cell), date1904),
    formula: merged ? null : formulaOf(cell),
    numberFormat: cell.numFmt || 'General',
    indent: cell.alignment?.indent ?? 0,
    fill: fillColour(cell.fill),
  };
}

/** The cell's value with the formula result from cell.result, which keeps a result of 0 or false. */
function withResult(cell: CellSource): ExcelJsValue {
  const value = cell.value;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (!('formula' in value) && !('sharedFormula' in value)) return value;
  if (cell.result === undefined || cell.result === null) return value;
  return { ...value, result: cell.result } as ExcelJsValue;
}

function formulaOf(cell: CellSource): string | null {
  const value = cell.value;
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  if (!('formula' in value) && !('sharedFormula' in value)) return null;
  // cell.formula translates a shared formula from its master cell; the value alone may not.
  const text = cell.formula || ('formula' in value ? value.formula : undefined);
  return text ? `=${text.replace(/^=/, '')}` : null;
}

const millisecondsPerDay = 86_400_000;
/** Days between Excel's day 0 and the Unix epoch (1900 date system, leap-year bug included). */
const unixEpochSerial = 25_569;
const date1904Offset = 1_462;

/** ExcelJS reads a date-formatted number as a UTC Date; Excel and Office.js give the serial number. */
export function excelSerial(date: Date, date1904 = false): number {
  const serial = date.getTime() / millisecondsPerDay + unixEpochSerial - (date1904 ? date1904Offset : 0);
  return Math.round(serial * 1e10) / 1e10;
}

function plainValue(value: ExcelJsValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerial(value, date1904);
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return richText(value.richText);
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (text && typeof text === 'object' && 'richText' in text)
      return richText((text as { richText: { text: string }[] }).richText);
    return typeof text === 'string' && text !== '' ? text : null;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result as ExcelJsValue;
    if (result !== null && typeof result === 'object' && !(result instanceof Date) && !('error' in result)) return null;
    return plainValue(result ?? null, value.date1904 ?? date1904);
  }
  return null;
}

function richText(runs: readonly { text: string }[]): CellValue {
  const text = runs.map((run) => run.text ?? '').join('');
  return text === '' ? null : text;
}

/** Excel's legacy indexed palette, the entries a status fill can plausibly use. */
const indexedColours: Record<number, string> = {
  2: '#FF0000',
  3: '#00FF00',
  5: '#FFFF00',
  10: '#FF0000',
  11: '#00FF00',
  13: '#FFFF00',
  17: '#008000',
  50: '#99CC00',
  51: '#FFCC00',
  52: '#FF9900',
  53: '#FF6600',
  57: '#339966',
};

/** The default Office theme (2013 and later), for fills chosen from the theme colours without a tint. */
const themeColours = [
  '#FFFFFF',
  '#000000',
  '#E7E6E6',
  '#44546A',
  '#4472C4',
  '#ED7D31',
  '#A5A5A5',
  '#FFC000',
  '#5B9BD5',
  '#70AD47',
];

/** A solid fill as '#RRGGBB'; null for no fill, patterns and gradients. */
export function fillColour(fill: Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const colour = fill.fgColor as { argb?: string; theme?: number; tint?: number; indexed?: number } | undefined;
  if (!colour) return null;
  if (colour.argb && /^[0-9A-Fa-f]{6,8}$/.test(colour.argb)) return `#${colour.argb.slice(-6).toUpperCase()}`;
  if (colour.theme !== undefined && !colour.tint) return themeColours[colour.theme] ?? null;
  if (colour.indexed !== undefined) return indexedColours[colour.indexed] ?? null;
  return null;
}
