/** How the readers read a row's cells: its label and line, whether its figures are empty, texts, levels, indentation. */
import type { LineKind } from '../model';
import type { CellValue } from '../snapshot';
import { lineOfLabel } from './line-labels';
import type { TableFrame } from './table-frame';

/** The label of a row: its text in the label column. */
export function labelOf(
  row: readonly CellValue[],
  labelColumn: number,
  lineOf: (label: string) => LineKind | null = lineOfLabel,
): { text: string; line: LineKind | null } {
  const value = row[labelColumn];
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  return { text, line: text === '' ? null : lineOf(text) };
}

/** Whether every figure cell of a row is empty. */
export function figuresEmpty(row: readonly CellValue[], frame: TableFrame): boolean {
  for (const cell of frame.figureCells) {
    const value = row[cell.column];
    if (value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')) return false;
  }
  return true;
}

export function cellText(value: CellValue | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

export function levelOf(value: CellValue | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return null;
}

const leadingSpaces = /^[ \u00a0]+/;

/**
 * A cell's indentation: its indent level, and failing that the spaces typed before its text
 * (exports often indent that way). Only the order of indentations matters to the levels.
 */
export function indentOf(value: CellValue | undefined, level: number | undefined): number | null {
  const spaces = typeof value === 'string' ? (leadingSpaces.exec(value)?.[0].length ?? 0) : 0;
  if (level === undefined && spaces === 0) return null;
  return (level ?? 0) + spaces / 1000;
}
